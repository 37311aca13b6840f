import { priorityRank } from '../engine/categories';
import type { Finding } from '../engine/types';
import type { ReplyTemplate } from './define-template';

export interface Suggestion {
  template: ReplyTemplate;
  /** The finding the reply answers; its evidence fills `{{evidence_quote}}`. */
  finding: Finding;
}

/**
 * Replies for a message's findings, the most pressing first: findings by priority then confidence,
 * each category once, and within a category its templates in the order the user keeps them.
 */
export function suggestTemplates(findings: readonly Finding[], templates: readonly ReplyTemplate[]): Suggestion[] {
  const ranked = [...findings].sort(
    (a, b) => priorityRank(b.priority) - priorityRank(a.priority) || b.confidence - a.confidence,
  );
  const seen = new Set<string>();
  const suggestions: Suggestion[] = [];
  for (const finding of ranked) {
    if (seen.has(finding.category)) continue;
    seen.add(finding.category);
    for (const template of templates) {
      if (template.category === finding.category) suggestions.push({ template, finding });
    }
  }
  return suggestions;
}
