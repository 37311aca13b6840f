import { defineTemplates } from './define-template';

export default defineTemplates('blame_dispute', [
  {
    slug: 'check-before-concluding',
    title: 'Check the facts before concluding',
    paragraphs: [
      "Thanks for flagging this. For the record, {{delivered_work}} was completed and tested on {{delivery_date}}. What you describe may be a new issue, so I'd like to check it properly before drawing conclusions.",
      'Could you send me the steps that lead to the problem and when you first noticed it? If it comes from my work, I will fix it at no charge. If it has another cause, I can quote for the work needed.',
    ],
  },
  {
    slug: 'what-i-can-commit-to',
    title: 'Answer a demand for guarantees',
    paragraphs: [
      'I understand you want certainty. What I can commit to is what we agreed: {{agreed_scope}}. Anything within that which is not working, I will fix.',
      'For anything beyond it, I will give you a clear quote before starting any work.',
    ],
  },
]);
