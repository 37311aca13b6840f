import { defineTemplates } from './define-template';

export default defineTemplates('cancellation_threat', [
  {
    slug: 'talk-it-through',
    title: 'Keep the door open',
    paragraphs: [
      "Thank you for telling me directly. I would like to keep working together, and I'd rather fix what isn't working than have you leave unhappy.",
      'Could we take twenty minutes on {{next_business_day}} to go through it? You can pick a time here: {{booking_link}}',
      "If you do decide to end the engagement, let me know in writing and I'll send a handover summary and a final invoice for the work completed to date.",
    ],
  },
  {
    slug: 'confirm-notice',
    title: 'Confirm whether this is notice',
    paragraphs: [
      'Thank you for letting me know. So that I have this right: are you giving notice to end our agreement, or would you like to discuss changes first?',
      'If it is notice, I will confirm the end date, hand over everything you need, and send a final invoice for the work completed, payable on our usual terms: {{payment_terms}}.',
    ],
  },
]);
