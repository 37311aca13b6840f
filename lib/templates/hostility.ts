import { defineTemplates } from './define-template';

export default defineTemplates('hostility', [
  {
    slug: 'set-the-tone',
    title: 'Keep it professional',
    paragraphs: [
      "I want to resolve this, and I'll keep our conversation professional. I'm glad to discuss the work itself; I won't respond to personal remarks.",
      "Which issue would you like me to address first? I'll reply by {{next_business_day}}.",
    ],
  },
  {
    slug: 'reset-with-a-call',
    title: 'Reset with a short call',
    paragraphs: [
      "I've read your message. Let's focus on what needs to happen next.",
      "A short call may be quicker than email; you can book a time here: {{booking_link}}. Or send me the points you want addressed and I'll answer each one in writing.",
    ],
  },
]);
