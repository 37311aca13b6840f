import type { DraftSegment } from '../../lib/templates';
import './draft-preview.css';

/**
 * A rendered draft as text, with filled variables marked and unfilled ones highlighted as blanks.
 * Values come from mail and the user, so everything is rendered as React text, never as HTML.
 */
export function DraftPreview({ segments, label }: { segments: readonly DraftSegment[]; label: string }) {
  return (
    // Focusable, so a keyboard can scroll a long draft where the panel caps its height.
    <div className="tt-draft-preview" data-testid="tt-draft-preview" role="document" aria-label={label} tabIndex={0}>
      {segments.map((segment, i) => {
        if (segment.kind === 'text') return <span key={i}>{segment.text}</span>;
        if (segment.value !== null) {
          return (
            <mark key={i} className="tt-var tt-var-filled" title={segment.label}>
              {segment.value}
            </mark>
          );
        }
        return (
          <mark key={i} className="tt-var tt-var-missing" data-testid="tt-unfilled" title={`${segment.label}: not filled`}>
            [{segment.label}]
          </mark>
        );
      })}
    </div>
  );
}
