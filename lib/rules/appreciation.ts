import { defineRule } from './define-rule';

// Being written: see the taxonomy row for appreciation.
export default defineRule({
  id: 'appreciation',
  explain: '',
  cues: /$^/,
  patterns: [],
  examples: { flag: [], pass: [] },
});
