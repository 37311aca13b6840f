import { defineTemplates } from './define-template';

export default defineTemplates('repeated_contact', [
  {
    slug: 'answer-by-a-date',
    title: 'Acknowledge and commit to a date',
    paragraphs: [
      'Thank you for following up. I have your messages about "{{subject}}", and you will have a full answer from me by {{next_business_day}}.',
    ],
  },
  {
    slug: 'set-response-times',
    title: 'Set expectations on response times',
    paragraphs: [
      'Thanks for checking in. I reply to client emails within one business day, so you can expect my answer on "{{subject}}" by {{next_business_day}}.',
      'If something is urgent, booking a call is the fastest route: {{booking_link}}',
    ],
  },
]);
