import { defineTemplates } from './define-template';

export default defineTemplates('urgency_pressure', [
  {
    slug: 'realistic-start',
    title: 'Give a realistic start date',
    paragraphs: [
      "Thank you, I've received your request. I work through my commitments in order, and I can start on this on {{next_business_day}}; I'll confirm a completion time once I've reviewed it.",
      'If it needs to move ahead of other work, I can arrange priority time at {{hourly_rate}}. Let me know.',
    ],
  },
  {
    slug: 'acknowledge-with-a-date',
    title: 'Acknowledge and give an update date',
    paragraphs: [
      'I have your message about "{{subject}}" and it is on my list. You will have an update from me by {{next_business_day}}.',
      "If something is down or blocking your business, reply with the details and I'll assess it.",
    ],
  },
]);
