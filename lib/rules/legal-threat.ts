import { defineRule } from './define-rule';

// Being written: see the taxonomy row for legal_threat.
export default defineRule({
  id: 'legal_threat',
  explain: '',
  cues: /$^/,
  patterns: [],
  examples: { flag: [], pass: [] },
});
