import { defineRule } from './define-rule';

// Being written: see the taxonomy row for urgency_pressure.
export default defineRule({
  id: 'urgency_pressure',
  explain: '',
  cues: /$^/,
  patterns: [],
  examples: { flag: [], pass: [] },
});
