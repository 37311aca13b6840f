import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CATEGORY_IDS } from '../../../lib/engine';
import nlp from 'compromise';
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

  // compromise accepts these shapes without an error and then never matches: reject them here.
  test.each(RULES.map((r) => [r.id, r] as const))('%s has no compromise pattern compromise cannot run', (_id, rule) => {
    for (const { match } of rule.patterns) {
      if (typeof match !== 'string') continue;
      expect(unrunnable(match), match).toBeUndefined();
    }
  });
});

interface Reg {
  word?: string;
  min?: number;
  max?: number;
  choices?: Reg[][];
}

function unrunnable(match: string): string | undefined {
  const regs = nlp.parseMatch(match) as Reg[];
  const flat = (list: Reg[]): Reg[] => list.flatMap((r) => [r, ...(r.choices ?? []).flatMap(flat)]);
  if (flat(regs).some((r) => r.word && /[()|[\]]/.test(r.word))) return 'a group nested inside a choice';
  for (let i = 1; i < regs.length; i++) {
    const gap = regs[i - 1]!.max !== undefined;
    if (gap && regs[i]!.choices?.some((c) => c.length > 1)) return 'a multi-word choice right after a gap';
  }
  return undefined;
}
