import { defineRule } from './define-rule';

// Being written: see the taxonomy row for scope_creep.
export default defineRule({
  id: 'scope_creep',
  explain: '',
  cues: /$^/,
  patterns: [],
  examples: { flag: [], pass: [] },
});
