import { defineRule } from './define-rule';

// Being written: see the taxonomy row for repeated_contact.
export default defineRule({
  id: 'repeated_contact',
  explain: '',
  cues: /$^/,
  patterns: [],
  examples: { flag: [], pass: [] },
});
