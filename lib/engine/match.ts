import type { CategoryId } from './categories';
import { isNegated, patternIsNegative } from './negation';
import { compileMatch, TaggedSentence } from './nlp';
import { requiredLiterals } from './regex-literals';
import type { Sentence } from './sentences';
import type { Rule, RulePattern } from '../rules/define-rule';

export interface RawHit {
  category: CategoryId;
  start: number;
  end: number;
  confidence: number;
  explanation: string;
}

type Span = { start: number; end: number };
type Matcher = (sentence: TaggedSentence) => Span[];

interface CompiledRule {
  rule: Rule;
  patterns: Array<{ find: Matcher; negatable: boolean; confidence: number; explanation: string }>;
  unless: Matcher[];
}

const DEFAULT_CONFIDENCE = 0.8;
const compiledRules = new WeakMap<readonly Rule[], CompiledRule[]>();

/** Runs every rule on every sentence; compromise only tags a sentence a pattern could match. */
export function matchRules(rules: readonly Rule[], sentences: readonly Sentence[]): RawHit[] {
  let compiled = compiledRules.get(rules);
  if (!compiled) compiledRules.set(rules, (compiled = rules.map(compileRule)));
  const hits: RawHit[] = [];
  for (const sentence of sentences) {
    const tagged = new TaggedSentence(sentence.text);
    for (const { rule, patterns, unless } of compiled) {
      if (!rule.cues.test(tagged.lower)) continue;
      const found = ruleHits(rule, patterns, tagged);
      if (found.length === 0 || unless.some((u) => u(tagged).length > 0)) continue;
      for (const hit of found) {
        hits.push({ ...hit, category: rule.id, start: sentence.start + hit.start, end: sentence.start + hit.end });
      }
    }
  }
  return hits;
}

function compileRule(rule: Rule): CompiledRule {
  return {
    rule,
    patterns: rule.patterns.map((p: RulePattern) => ({
      find: matcher(p.match),
      negatable: p.negatable !== false && !patternIsNegative(p.match),
      confidence: p.confidence ?? DEFAULT_CONFIDENCE,
      explanation: p.reason ?? rule.explain,
    })),
    unless: (rule.unless ?? []).map(matcher),
  };
}

function matcher(match: string | RegExp): Matcher {
  if (typeof match === 'string') {
    // Parsed on first use: most patterns never meet a sentence that passes their rule's cues.
    let compiled: ReturnType<typeof compileMatch> | undefined;
    return (sentence) => sentence.spans((compiled ??= compileMatch(match)));
  }
  // Also prepared on first use, for the same reason.
  let prepared: { global: RegExp; literals: string[] | null } | undefined;
  return (sentence) => {
    prepared ??= {
      global: new RegExp(match.source, match.flags.includes('g') ? match.flags : match.flags + 'g'),
      literals: requiredLiterals(match.source),
    };
    const { global, literals } = prepared;
    if (literals && !literals.some((l) => sentence.lower.includes(l))) return [];
    return [...sentence.text.matchAll(global)]
      .filter((m) => m[0].length > 0)
      .map((m) => ({ start: m.index, end: m.index + m[0].length }));
  };
}

function ruleHits(rule: Rule, patterns: CompiledRule['patterns'], tagged: TaggedSentence): Omit<RawHit, 'category'>[] {
  const hits: Omit<RawHit, 'category'>[] = [];
  for (const pattern of patterns) {
    for (const span of pattern.find(tagged)) {
      if (pattern.negatable && isNegated(tagged.text, span.start, span.end)) continue;
      hits.push({ ...trimSpan(tagged.text, span), confidence: pattern.confidence, explanation: pattern.explanation });
    }
  }
  for (const hit of rule.detect?.(tagged.text) ?? []) {
    hits.push({
      start: hit.start,
      end: hit.end,
      confidence: hit.confidence ?? DEFAULT_CONFIDENCE,
      explanation: hit.reason ?? rule.explain,
    });
  }
  return hits;
}

// compromise spans carry the trailing punctuation and space of their last word.
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (end > start && /[\s.,;:—–-]/.test(text.charAt(end - 1))) end--;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  return { start, end };
}
