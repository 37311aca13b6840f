import type { CategoryId } from './categories';
import { isNegated, patternIsNegative } from './negation';
import { TaggedSentence } from './nlp';
import type { Sentence } from './sentences';
import type { Rule } from '../rules/define-rule';

export interface RawHit {
  category: CategoryId;
  start: number;
  end: number;
  confidence: number;
  explanation: string;
}

const DEFAULT_CONFIDENCE = 0.8;

/** Runs every rule on every sentence; compromise only sees sentences some rule's cues accept. */
export function matchRules(rules: readonly Rule[], sentences: readonly Sentence[]): RawHit[] {
  const hits: RawHit[] = [];
  for (const sentence of sentences) {
    const lower = sentence.text.toLowerCase();
    const candidates = rules.filter((rule) => rule.cues.test(lower));
    if (candidates.length === 0) continue;
    const tagged = new TaggedSentence(sentence.text);
    for (const rule of candidates) {
      if (rule.unless?.some((u) => spansOf(u, tagged).length > 0)) continue;
      for (const hit of ruleHits(rule, tagged)) {
        hits.push({ ...hit, category: rule.id, start: sentence.start + hit.start, end: sentence.start + hit.end });
      }
    }
  }
  return hits;
}

function ruleHits(rule: Rule, tagged: TaggedSentence): Omit<RawHit, 'category'>[] {
  const hits: Omit<RawHit, 'category'>[] = [];
  for (const pattern of rule.patterns) {
    const mayBeNegated = !patternIsNegative(pattern.match);
    for (const span of spansOf(pattern.match, tagged)) {
      if (mayBeNegated && isNegated(tagged.text, span.start, span.end)) continue;
      hits.push({
        ...trimSpan(tagged.text, span),
        confidence: pattern.confidence ?? DEFAULT_CONFIDENCE,
        explanation: pattern.reason ?? rule.explain,
      });
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

function spansOf(match: string | RegExp, tagged: TaggedSentence): Array<{ start: number; end: number }> {
  if (typeof match === 'string') return tagged.spans(match);
  const global = new RegExp(match.source, match.flags.includes('g') ? match.flags : match.flags + 'g');
  return [...tagged.text.matchAll(global)]
    .filter((m) => m[0].length > 0)
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

// compromise spans carry the trailing punctuation and space of their last word.
function trimSpan(text: string, span: { start: number; end: number }) {
  let { start, end } = span;
  while (end > start && /[\s.,;:—–-]/.test(text.charAt(end - 1))) end--;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  return { start, end };
}
