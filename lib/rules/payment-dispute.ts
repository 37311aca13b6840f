import { defineRule } from './define-rule';

// Being written: see the taxonomy row for payment_dispute.
export default defineRule({
  id: 'payment_dispute',
  explain: '',
  cues: /$^/,
  patterns: [],
  examples: { flag: [], pass: [] },
});
