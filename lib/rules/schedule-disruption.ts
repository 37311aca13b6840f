import { defineRule } from './define-rule';

// Being written: see the taxonomy row for schedule_disruption.
export default defineRule({
  id: 'schedule_disruption',
  explain: '',
  cues: /$^/,
  patterns: [],
  examples: { flag: [], pass: [] },
});
