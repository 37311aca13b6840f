import { RULES } from '../rules';
import { categoryPriority, highestPriority, priorityRank, type CategoryId } from './categories';
import { cleanMessage, type CleanOptions } from './clean';
import { matchRules, type RawHit } from './match';
import { splitSentences } from './sentences';
import type { Finding, MessageInput, MessageResult, UserPreferences } from './types';

// The newest part of a real email is rarely past a few pages; beyond this a message is a paste or
// an attachment dump, and reading on would only cost the page time.
export const MAX_ANALYSED_CHARS = 30_000;
// Below this a wording is too weak to show.
const MIN_CONFIDENCE = 0.5;
const EXTRA_PHRASE_CONFIDENCE = 0.9;

export interface AnalyzeOptions extends CleanOptions {
  preferences?: UserPreferences;
}

/** One message in, its cleaned text, findings and priority out. Never throws on odd input. */
export function analyzeMessage(input: MessageInput, options: AnalyzeOptions = {}): MessageResult {
  const text = cleanMessage(input, options).slice(0, MAX_ANALYSED_CHARS);
  const prefs = options.preferences ?? {};
  if (isAllowedSender(input.from, prefs.allowedSenders ?? [])) return summarise(text, []);
  const hits = [...matchRules(RULES, splitSentences(text)), ...extraPhraseHits(text, prefs)];
  const findings = mergeOverlaps(hits)
    .filter((hit) => hit.confidence >= MIN_CONFIDENCE)
    .filter((hit) => !prefs.mutedCategories?.includes(hit.category))
    .filter((hit) => !isAllowed(text, hit, prefs.allowedPhrases ?? []))
    .map((hit) => toFinding(text, hit));
  return summarise(text, findings);
}

function toFinding(text: string, hit: RawHit): Finding {
  return {
    category: hit.category,
    priority: categoryPriority(hit.category),
    confidence: Math.round(hit.confidence * 100) / 100,
    explanation: hit.explanation,
    evidence: text.slice(hit.start, hit.end),
    start: hit.start,
    end: hit.end,
  };
}

/** Message priority, score and categories from its findings. */
export function summarise(text: string, findings: Finding[]): MessageResult {
  const categories = [...new Set(findings.map((f) => f.category))] as CategoryId[];
  const priority = highestPriority(findings.map((f) => f.priority));
  // Several distinct problems rank above one; appreciation softens within the level.
  const score = categories.reduce((sum, c) => {
    const best = Math.max(...findings.filter((f) => f.category === c).map((f) => f.confidence));
    const weight = c === 'appreciation' ? -0.5 : priorityRank(categoryPriority(c));
    return sum + weight * best;
  }, 0);
  return { text, findings, priority, score: Math.round(score * 100) / 100, categories };
}

// One span, one finding per category: overlapping hits of a category keep the surer one, and the
// category's confidence grows a little with each separate piece of evidence.
function mergeOverlaps(hits: RawHit[]): RawHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.confidence - a.confidence);
  const kept: RawHit[] = [];
  for (const hit of sorted) {
    const clash = kept.find((k) => k.category === hit.category && k.start < hit.end && hit.start < k.end);
    if (!clash) kept.push({ ...hit });
    else if (hit.confidence > clash.confidence) Object.assign(clash, hit);
  }
  const perCategory = new Map<CategoryId, number>();
  for (const k of kept) perCategory.set(k.category, (perCategory.get(k.category) ?? 0) + 1);
  return kept.map((k) => ({
    ...k,
    confidence: Math.min(0.99, k.confidence + 0.05 * ((perCategory.get(k.category) ?? 1) - 1)),
  }));
}

function extraPhraseHits(text: string, prefs: UserPreferences): RawHit[] {
  const lower = text.toLowerCase();
  const hits: RawHit[] = [];
  for (const [category, phrases] of Object.entries(prefs.extraPhrases ?? {}) as [CategoryId, string[]][]) {
    for (const phrase of phrases) {
      const needle = phrase.trim().toLowerCase();
      if (!needle) continue;
      for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
        hits.push({
          category,
          start: at,
          end: at + needle.length,
          confidence: EXTRA_PHRASE_CONFIDENCE,
          explanation: `Matches your own phrase "${phrase.trim()}".`,
        });
      }
    }
  }
  return hits;
}

function isAllowed(text: string, hit: RawHit, allowed: readonly string[]): boolean {
  const evidence = text.slice(hit.start, hit.end).toLowerCase();
  return allowed.some((phrase) => {
    const p = phrase.trim().toLowerCase();
    return p !== '' && (evidence.includes(p) || p.includes(evidence));
  });
}

function isAllowedSender(from: string | undefined, allowed: readonly string[]): boolean {
  const address = /[^\s<>"']+@[^\s<>"']+/.exec(from ?? '')?.[0].toLowerCase();
  if (!address) return false;
  return allowed.some((entry) => {
    const a = entry.trim().toLowerCase();
    return a === address || (a.startsWith('@') && address.endsWith(a));
  });
}
