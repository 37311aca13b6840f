import { describe, expect, test } from 'vitest';
import { requiredLiterals } from '../../../lib/engine/regex-literals';
import { RULES } from '../../../lib/rules';

describe('the literals a regular expression cannot match without', () => {
  test.each([
    [String.raw`\byour (?:negligence|carelessness)\b`, ['negligence', 'carelessness']],
    [String.raw`\b(?:you|your \w+) left (?:the|our) \w+`, [' left ']],
    ['[abc]def|ghij', ['def', 'ghij']],
    ['(?=abc)xyz', ['xyz']],
    [String.raw`[^\]]abcd`, ['abcd']],
  ])('reads %s as needing one of %j', (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  test.each([
    ['a+bc{2}d', null],
    ['(?:foo|ba)r', null],
    [String.raw`\p{Lu}{3,}`, null],
    ['colou?r', ['colo']],
    [String.raw`\d+ times`, [' times']],
  ])('claims only what it can prove for %s: %j', (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  test('every rule example a RegExp pattern matches contains one of its literals', () => {
    const sentences = RULES.flatMap((r) => [...r.examples.flag, ...r.examples.pass]);
    for (const rule of RULES) {
      for (const { match } of rule.patterns) {
        if (!(match instanceof RegExp)) continue;
        const literals = requiredLiterals(match.source);
        if (!literals) continue;
        const global = new RegExp(match.source, match.flags.replace('g', '') + 'g');
        for (const sentence of sentences)
          for (const m of sentence.matchAll(global))
            expect(literals.some((l) => m[0].toLowerCase().includes(l)), `${match} on "${m[0]}"`).toBe(true);
      }
    }
  });
});
