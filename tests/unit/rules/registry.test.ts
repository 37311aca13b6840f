import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CATEGORY_IDS } from '../../../lib/engine';
import { RULES } from '../../../lib/rules';

const rulesDir = fileURLToPath(new URL('../../../lib/rules/', import.meta.url));
const ruleFiles = readdirSync(rulesDir).filter((f) => !['index.ts', 'define-rule.ts'].includes(f));

describe('the rule registry', () => {
  test('has exactly one rule per taxonomy category, in taxonomy order', () => {
    expect(RULES.map((r) => r.id)).toEqual([...CATEGORY_IDS]);
  });

  test('names every rule file after its category id', () => {
    expect(ruleFiles.map((f) => f.replace(/\.ts$/, '').replaceAll('-', '_')).sort()).toEqual([...CATEGORY_IDS].sort());
  });

  test.each(RULES.map((r) => [r.id, r] as const))('%s explains itself and ships flag and pass examples', (_id, rule) => {
    expect(rule.explain.length).toBeGreaterThan(10);
    expect(rule.patterns.length + (rule.detect ? 1 : 0)).toBeGreaterThan(0);
    expect(rule.examples.flag.length).toBeGreaterThanOrEqual(3);
    expect(rule.examples.pass.length).toBeGreaterThanOrEqual(3);
  });

  test.each(RULES.map((r) => [r.id, r] as const))('%s cues accept every sentence it must flag', (_id, rule) => {
    for (const sentence of rule.examples.flag) expect(rule.cues.test(sentence.toLowerCase()), sentence).toBe(true);
  });
});
