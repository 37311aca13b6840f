import { analyzeMessage, type CategoryId, type Finding } from '../../../lib/engine';

/** One category's findings for a text run through the whole engine (cleaner, cues, guards). */
export function findingsOf(category: CategoryId, text: string): Finding[] {
  return analyzeMessage({ text }).findings.filter((f) => f.category === category);
}

/** The evidence of one category's findings, for tests that check what was quoted. */
export function evidenceOf(category: CategoryId, text: string): string[] {
  return findingsOf(category, text).map((f) => f.evidence);
}
