import { defineRule } from './define-rule';

// Being written: see the taxonomy row for unpaid_work_request.
export default defineRule({
  id: 'unpaid_work_request',
  explain: '',
  cues: /$^/,
  patterns: [],
  examples: { flag: [], pass: [] },
});
