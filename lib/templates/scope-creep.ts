import { defineTemplates } from './define-template';

export default defineTemplates('scope_creep', [
  {
    slug: 'quote-the-new-request',
    title: 'Separate the new request and quote it',
    paragraphs: [
      'Thanks for the request. To keep things clear: our agreed scope covers {{agreed_scope}}. Your request ("{{evidence_quote}}") is outside that, so it would be new work.',
      "I'm happy to take it on. My rate is {{hourly_rate}}; I'll send you a quote with an estimate, and nothing is billed until you approve it.",
    ],
  },
  {
    slug: 'finish-agreed-work-first',
    title: 'Finish the agreed work first',
    paragraphs: [
      'Happy to look at this. I will first finish what we agreed ({{agreed_scope}}) so that it is not delayed.',
      'The new request would be additional work. I can send you a quote for it by {{next_business_day}}; shall I go ahead?',
    ],
  },
]);
