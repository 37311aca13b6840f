import { defineRule } from './define-rule';

// Being written: see the taxonomy row for reputation_threat.
export default defineRule({
  id: 'reputation_threat',
  explain: '',
  cues: /$^/,
  patterns: [],
  examples: { flag: [], pass: [] },
});
