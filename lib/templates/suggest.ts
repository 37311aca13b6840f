import { priorityRank } from '../engine/categories';
import type { Finding } from '../engine/types';
import type { ReplyTemplate } from './define-template';

/** What a suggestion needs of a finding, so the sidebar's own finding views fit too. */
export type SuggestibleFinding = Pick<Finding, 'category' | 'priority' | 'confidence' | 'evidence'>;

export interface Suggestion<F extends SuggestibleFinding = SuggestibleFinding> {
  template: ReplyTemplate;
  /** The finding the reply answers; its evidence fills `{{evidence_quote}}`. */
  finding: F;
}

/**
 * Replies for a message's findings, the most pressing first: findings by priority then confidence,
 * each category once, and within a category its templates in the order the user keeps them.
 */
export function suggestTemplates<F extends SuggestibleFinding>(
  findings: readonly F[],
  templates: readonly ReplyTemplate[],
): Suggestion<F>[] {
  const ranked = [...findings].sort(
    (a, b) => priorityRank(b.priority) - priorityRank(a.priority) || b.confidence - a.confidence,
  );
  const seen = new Set<string>();
  const suggestions: Suggestion<F>[] = [];
  for (const finding of ranked) {
    if (seen.has(finding.category)) continue;
    seen.add(finding.category);
    for (const template of templates) {
      if (template.category === finding.category) suggestions.push({ template, finding });
    }
  }
  return suggestions;
}
