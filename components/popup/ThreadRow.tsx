import type { ReactNode } from 'react';
import { categoryName } from '../../lib/engine/categories';
import type { ThreadRecord } from '../../lib/threads/record';

interface Props {
  record: ThreadRecord;
  selected: boolean;
  onSelect: () => void;
  onHandled: () => void;
  onSnooze: () => void;
  /** The details, shown under the row while it is selected. */
  children?: ReactNode;
}

export function ThreadRow({ record, selected, onSelect, onHandled, onSnooze, children }: Props) {
  return (
    <li
      className={`row priority-${record.priority}${selected ? ' selected' : ''}`}
      data-testid="tt-thread"
      data-thread-id={record.threadId}
      data-priority={record.priority}
    >
      <button type="button" className="row-main" aria-expanded={selected} onClick={onSelect}>
        <span className="chip">{record.priority}</span>
        <span className="subject">{record.subject || '(no subject)'}</span>
        <span className="sender">
          {record.sender} · {record.site === 'gmail' ? 'Gmail' : 'Outlook'} · {timeAgo(record.seenAt)}
        </span>
        <span className="categories">{record.categories.map(categoryName).join(', ')}</span>
        {record.topEvidence && <q className="evidence">{record.topEvidence}</q>}
      </button>
      <span className="row-actions">
        <button type="button" onClick={onHandled}>
          Handled
        </button>
        <button type="button" onClick={onSnooze}>
          Snooze until tomorrow
        </button>
      </span>
      {children}
    </li>
  );
}

function timeAgo(at: number): string {
  const minutes = Math.round((Date.now() - at) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(at).toLocaleDateString();
}
