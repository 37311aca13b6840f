import { defineTemplates } from './define-template';

export default defineTemplates('unpaid_work_request', [
  {
    slug: 'offer-as-paid-work',
    title: 'Offer it as paid work',
    paragraphs: [
      "Thanks for asking. An analysis like this is a separate piece of work rather than part of our current agreement, so I can't take it on free of charge.",
      "I'd be glad to do it as a paid engagement at {{hourly_rate}}. I can send you a short proposal with an estimate by {{next_business_day}}.",
    ],
  },
  {
    slug: 'point-to-their-team',
    title: 'Point to their own team',
    paragraphs: [
      'This investigation is best handled by your own team or IT provider, as they have access to your systems and logs.',
      "I'm happy to answer specific questions about the work I delivered. If you'd like me to carry out the investigation myself, I can do that as paid work at {{hourly_rate}}.",
    ],
  },
]);
