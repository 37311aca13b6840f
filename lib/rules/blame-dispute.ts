import { defineRule } from './define-rule';

// Being written: see the taxonomy row for blame_dispute.
export default defineRule({
  id: 'blame_dispute',
  explain: '',
  cues: /$^/,
  patterns: [],
  examples: { flag: [], pass: [] },
});
