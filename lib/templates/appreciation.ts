import { defineTemplates } from './define-template';

export default defineTemplates('appreciation', [
  {
    slug: 'thank-you',
    title: 'Thank them back',
    paragraphs: [
      "Thank you, that's kind of you to say. I enjoyed working on this.",
      "If you'd be happy to share a short testimonial, it would mean a lot. And if anything else comes up, you know where to find me.",
    ],
  },
]);
