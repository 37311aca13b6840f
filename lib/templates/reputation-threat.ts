import { defineTemplates } from './define-template';

export default defineTemplates('reputation_threat', [
  {
    slug: 'resolve-directly',
    title: 'Offer to resolve it directly',
    paragraphs: [
      "I understand you are unhappy with how this has gone, and I'd like the chance to resolve it with you directly.",
      "Could you tell me specifically what you expected and what fell short? I'll come back to you with what I can do by {{next_business_day}}.",
    ],
  },
  {
    slug: 'facts-first',
    title: 'Set out what was delivered',
    paragraphs: [
      'Thank you for your message. I take feedback seriously, and I want it to reflect what happened: {{delivered_work}} was delivered on {{delivery_date}}, as agreed.',
      "If something is missing or not working, tell me what it is and I'll look at it promptly.",
    ],
  },
]);
