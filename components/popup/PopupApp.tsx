import { useMemo, useState, type ReactNode } from 'react';
import { categoryName } from '../../lib/engine/categories';
import { queue, recordKey, type QueueFilter, type ThreadRecord } from '../../lib/threads/record';
import { QueueFilters } from './QueueFilters';
import { ThreadRow } from './ThreadRow';

export interface PopupActions {
  open: (record: ThreadRecord) => void;
  setState: (key: string, change: Pick<ThreadRecord, 'handledAt' | 'snoozedUntil'>) => void;
  snoozeUntil: (now: number) => number;
  openSettings: () => void;
  deleteAll: () => void;
}

interface Props {
  records: ThreadRecord[];
  loaded: boolean;
  problem?: string;
  actions: PopupActions;
  /** The suggested replies for a selected thread (the drafts panel). */
  renderDrafts?: (record: ThreadRecord) => ReactNode;
}

export function PopupApp({ records, loaded, problem, actions, renderDrafts }: Props) {
  const [filter, setFilter] = useState<QueueFilter>({});
  const [selectedKey, setSelectedKey] = useState<string>();
  const [undo, setUndo] = useState<{ key: string; subject: string }>();
  const now = Date.now();
  const visible = useMemo(() => queue(records, filter, now), [records, filter, now]);
  const selected = visible.find((r) => recordKey(r) === selectedKey);

  const markHandled = (record: ThreadRecord) => {
    const key = recordKey(record);
    actions.setState(key, { handledAt: Date.now() });
    setUndo({ key, subject: record.subject });
  };

  return (
    <main className="popup">
      <header>
        <h1>Tone Triage</h1>
        <span className="count" aria-live="polite">
          {visible.length} to answer
        </span>
      </header>
      {problem && <p role="alert" className="problem">{problem}</p>}
      <QueueFilters filter={filter} onChange={setFilter} />
      {undo && (
        <p className="undo" role="status">
          Marked “{undo.subject}” handled.{' '}
          <button
            type="button"
            onClick={() => {
              actions.setState(undo.key, { handledAt: undefined });
              setUndo(undefined);
            }}
          >
            Undo
          </button>
        </p>
      )}
      {loaded && visible.length === 0 ? (
        <EmptyState filtered={records.some((r) => r.priority !== 'none')} />
      ) : (
        <ul className="threads" aria-label="Flagged threads">
          {visible.map((record) => (
            <ThreadRow
              key={recordKey(record)}
              record={record}
              selected={record === selected}
              onSelect={() => setSelectedKey(record === selected ? undefined : recordKey(record))}
              onHandled={() => markHandled(record)}
              onSnooze={() => actions.setState(recordKey(record), { snoozedUntil: actions.snoozeUntil(Date.now()) })}
            >
              {record === selected && (
                <ThreadDetails record={record} onOpen={() => actions.open(record)} drafts={renderDrafts?.(record)} />
              )}
            </ThreadRow>
          ))}
        </ul>
      )}
      <footer>
        <button type="button" onClick={actions.openSettings}>
          Settings
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            if (confirm('Delete every thread record and setting Tone Triage has stored in this browser?')) actions.deleteAll();
          }}
        >
          Delete all data
        </button>
      </footer>
    </main>
  );
}

function EmptyState({ filtered }: { filtered: boolean }) {
  return filtered ? (
    <p className="empty">No thread matches these filters.</p>
  ) : (
    <div className="empty">
      <p>Nothing needs a careful answer yet.</p>
      <p>
        Open a thread in Gmail or Outlook on the web: Tone Triage reads it in your browser and lists the ones that
        need a careful reply here. Nothing leaves your machine.
      </p>
    </div>
  );
}

/** A selected thread's findings, shown inside its row so they stay next to it in a long list. */
function ThreadDetails({ record, onOpen, drafts }: { record: ThreadRecord; onOpen: () => void; drafts: ReactNode }) {
  return (
    <section className="details" aria-label={`Findings for ${record.subject}`}>
      <button type="button" onClick={onOpen}>
        Open thread
      </button>
      <ul className="findings">
        {record.findings.map((f, i) => (
          <li key={i}>
            <strong>{categoryName(f.category)}</strong> <q>{f.evidence}</q>
            <span className="explanation">{f.explanation}</span>
          </li>
        ))}
      </ul>
      {drafts}
    </section>
  );
}
