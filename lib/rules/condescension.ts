import { defineRule } from './define-rule';

// Being written: see the taxonomy row for condescension.
export default defineRule({
  id: 'condescension',
  explain: '',
  cues: /$^/,
  patterns: [],
  examples: { flag: [], pass: [] },
});
