import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyzeMessage } from '../../../lib/engine';
import { TaggedSentence } from '../../../lib/engine/nlp';
import { wordForms } from '../../../lib/engine/words';
import { RULES } from '../../../lib/rules';

afterEach(() => vi.restoreAllMocks());

// Sentences whose contractions, capitals and hyphens compromise reads in its own way.
const TRICKY = [
  "we WON'T be renewing and I'm done",
  'i dont owe them a dime and i shouldnt have to pay',
  "We're gonna take our business elsewhere, it's a rip-off",
  'I’ll be speaking to my solicitor — you’ve been warned',
  'CAN YOU PLEASE CALL ME BACK TODAY',
];

describe('the pre-parse word filter', () => {
  const sentences = [...RULES.flatMap((r) => [...r.examples.flag, ...r.examples.pass]), ...TRICKY];

  test('never changes a result: every example reads the same with the filter off', () => {
    const filtered = sentences.map((s) => analyzeMessage({ text: s }).findings);
    vi.spyOn(TaggedSentence.prototype, 'couldMatch').mockReturnValue(true);
    const unfiltered = sentences.map((s) => analyzeMessage({ text: s }).findings);
    expect(filtered).toEqual(unfiltered);
  });

  test.each([
    ["won't", ['will', 'not']],
    ["I'm", ['i', 'am']],
    ['dont', ['do', 'not']],
    ['rip-off', ['rip', 'off', 'rip-off']],
    ['You’ve', ['you', 'have']],
  ])('spells out "%s"', (word, expected) => {
    const forms = wordForms(word);
    for (const form of expected) expect(forms.has(form), form).toBe(true);
  });
});
