import { defineTemplates } from './define-template';

export default defineTemplates('condescension', [
  {
    slug: 'stand-by-the-approach',
    title: 'Stand by the agreed approach',
    paragraphs: [
      "Thank you for the input. I've considered it alongside the project requirements, and I'll continue with the approach we agreed, as it best delivers {{agreed_scope}}.",
      "If you'd like to change direction, I'm happy to go through the options and what each would cost on a short call: {{booking_link}}",
    ],
  },
  {
    slug: 'ask-for-specifics',
    title: 'Ask for specifics',
    paragraphs: [
      "Thanks for sharing your view. If there is a specific result you'd like done differently, send me the details and I'll tell you what it involves.",
    ],
  },
]);
