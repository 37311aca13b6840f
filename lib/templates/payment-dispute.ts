import { defineTemplates } from './define-template';

export default defineTemplates('payment_dispute', [
  {
    slug: 'restate-delivery-and-terms',
    title: 'Restate what was delivered and the terms',
    paragraphs: [
      'Thank you for your message. To recap: {{delivered_work}} was delivered on {{delivery_date}}, as agreed. Our payment terms are {{payment_terms}}, so the invoice is now due.',
      'If there is a specific problem with the work, please tell me what it is and I will look at it. That is separate from the invoice, which stands as issued.',
    ],
  },
  {
    slug: 'decline-refund',
    title: 'Decline a refund or discount',
    paragraphs: [
      'Thank you for letting me know. The work was delivered as agreed ({{delivered_work}}, on {{delivery_date}}), so I am not able to offer a refund or a discount on it.',
      "If part of the work does not match what we agreed, point me to it and I'll put it right at no extra charge. Otherwise the invoice stands on our usual terms: {{payment_terms}}.",
    ],
  },
]);
