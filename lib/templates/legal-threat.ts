import { defineTemplates } from './define-template';

export default defineTemplates('legal_threat', [
  {
    slug: 'move-to-writing',
    title: 'Move the matter to writing',
    paragraphs: [
      'Thank you for your message. As you have mentioned legal action, I will keep our correspondence on this matter in writing from now on.',
      'Please send me a written summary of what you believe is outstanding, and I will respond to each point by {{next_business_day}}.',
    ],
  },
  {
    slug: 'state-the-facts',
    title: 'State the facts for the record',
    paragraphs: [
      'I have received your message about "{{subject}}". For the record: {{delivered_work}} was delivered on {{delivery_date}} and invoiced on the agreed terms ({{payment_terms}}).',
      'I would prefer to resolve this directly with you. If you believe something is missing, please set it out in writing and I will reply to each point.',
    ],
  },
]);
