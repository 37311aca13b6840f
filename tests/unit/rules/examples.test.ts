import { describe, expect, test } from 'vitest';
import { findingsOf } from './findings-of';
import { RULES } from '../../../lib/rules';

// Every rule's own examples, run through the whole engine so cues, patterns and guards all count.
describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  test.each(rule.examples.flag)('flags: %s', (sentence) => {
    const found = findingsOf(id, sentence);
    expect(found.length, `${id} should flag "${sentence}"`).toBeGreaterThan(0);
  });
  test.each(rule.examples.pass)('passes: %s', (sentence) => {
    const found = findingsOf(id, sentence);
    expect(found.map((f) => f.evidence), `${id} should pass "${sentence}"`).toEqual([]);
  });
});
