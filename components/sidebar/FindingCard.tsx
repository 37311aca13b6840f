import type { FindingView, SidebarActions } from '../../lib/content/sidebar-model';

interface FindingCardProps {
  finding: FindingView;
  actions: SidebarActions;
}

/** One flag: its category, the words that raised it (as text), why, how sure, and what to do with it. */
export function FindingCard({ finding, actions }: FindingCardProps) {
  return (
    <li className="tt-finding" data-testid="tt-finding" data-category={finding.category} data-priority={finding.priority}>
      <button
        type="button"
        className="tt-evidence"
        data-testid="tt-evidence"
        title="Show these words in the message"
        onClick={() => actions.showEvidence(finding)}
      >
        <span className="tt-category">{finding.categoryName}</span>
        <q>{finding.evidence}</q>
      </button>
      <p className="tt-explanation">{finding.explanation}</p>
      <p className="tt-confidence">Confidence {Math.round(finding.confidence * 100)}%</p>
      <div className="tt-actions">
        <button type="button" onClick={() => actions.dismiss(finding)}>
          Not an issue
        </button>
        <button type="button" onClick={() => actions.allowPhrase(finding)}>
          Allow this phrase
        </button>
        <button type="button" onClick={() => actions.muteCategory(finding)}>
          Mute this category
        </button>
      </div>
    </li>
  );
}
