import type { CategoryId } from '../engine/categories';

/**
 * One wording a rule recognises. `match` is compromise match syntax
 * (https://observablehq.com/@spencermountain/compromise-match-syntax) run on one sentence, or a
 * RegExp for what compromise cannot say (punctuation runs, capitals, digits). Write the example
 * the pattern is for in a comment above it.
 */
export interface RulePattern {
  match: string | RegExp;
  /** 0..1; defaults to 0.8. Weak signals go lower; below 0.5 they are dropped. */
  confidence?: number;
  /** Overrides the rule's explanation for this wording. */
  reason?: string;
  /**
   * False for wording that stays what it is under a nearby negation ("I will not tolerate these
   * shady practices" is still an accusation). Defaults to true.
   */
  negatable?: boolean;
}

/** A span found by a rule's escape hatch, relative to the sentence it was given. */
export interface RuleHit {
  start: number;
  end: number;
  confidence?: number;
  reason?: string;
}

export interface Rule {
  id: CategoryId;
  /** One calm sentence shown with every finding of this rule. */
  explain: string;
  /**
   * A cheap test run on every lowercased sentence before compromise tags it: a sentence that does
   * not pass any rule's cues is never parsed. Must accept every sentence the patterns can match.
   */
  cues: RegExp;
  patterns: RulePattern[];
  /** Hard negatives: a sentence matching any of these gives this rule nothing. */
  unless?: Array<string | RegExp>;
  /**
   * Escape hatch for what a pattern cannot express; gets the raw sentence text (the cues still
   * gate it).
   */
  detect?: (sentence: string) => RuleHit[];
  /** Sentences the rule must flag and must pass; tests/unit/rules.test.ts runs them all. */
  examples: { flag: string[]; pass: string[] };
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
