import { describe, expect, test } from 'vitest';
import { isNegated, patternIsNegative } from '../../../lib/engine/negation';

const negated = (sentence: string, hit: string) => {
  const at = sentence.indexOf(hit);
  return isNegated(sentence, at, at + hit.length);
};

describe('negation', () => {
  test.each([
    ['we will not cancel the contract', 'cancel the contract'],
    ["we won't be renewing", 'renewing'],
    ["I don't think we will cancel the contract", 'cancel the contract'],
    ['I never said we would sue', 'sue'],
    ['there is no intention to leave', 'leave'],
  ])('reads "%s" as negated', (sentence, hit) => {
    expect(negated(sentence, hit)).toBe(true);
  });

  test.each([
    ["If the refund doesn't arrive I'll dispute the charge", 'dispute the charge'],
    ["if you don't fix this, we will cancel the contract", 'cancel the contract'],
    ["I won't hesitate to call my lawyer", 'call my lawyer'],
    ['we will not only cancel but sue', 'sue'],
  ])('does not read "%s" as negated', (sentence, hit) => {
    expect(negated(sentence, hit)).toBe(false);
  });

  test('a pattern that spells out its own negation is not undone by it', () => {
    expect(patternIsNegative('(i|we) will not pay')).toBe(true);
    expect(patternIsNegative(/\bnot paying\b/i)).toBe(true);
    expect(patternIsNegative(/\bnotice\b/i)).toBe(false);
    expect(patternIsNegative(/\bwo?n['’]?t pay\b/i)).toBe(true);
  });
});
