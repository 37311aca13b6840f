import { defineRule } from './define-rule';

// Being written: see the taxonomy row for hostility.
export default defineRule({
  id: 'hostility',
  explain: '',
  cues: /$^/,
  patterns: [],
  examples: { flag: [], pass: [] },
});
