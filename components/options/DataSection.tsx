import { useState } from 'react';

interface Props {
  retentionDays: number;
  onRetentionChange: (days: number) => void;
  onDeleteAll: () => Promise<void>;
}

/** The user's data: how long analysed threads are kept, and deleting everything. */
export function DataSection({ retentionDays, onRetentionChange, onDeleteAll }: Props) {
  const [deleted, setDeleted] = useState(false);
  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p>
        Everything Tone Triage keeps stays in this browser: the list of analysed threads (subjects, senders and the
        flagged phrases, never whole emails) and these settings.
      </p>
      <label>
        Keep analysed threads for{' '}
        <input
          type="number"
          min={1}
          max={365}
          value={retentionDays}
          onChange={(e) => {
            const days = Math.round(Number(e.target.value));
            if (days >= 1 && days <= 365) onRetentionChange(days);
          }}
        />{' '}
        days
      </label>
      <p>
        <button
          type="button"
          className="tt-danger"
          onClick={async () => {
            if (!confirm('Delete every thread record and setting Tone Triage has stored in this browser?')) return;
            await onDeleteAll();
            setDeleted(true);
          }}
        >
          Delete all data
        </button>
      </p>
      {deleted && <p role="status">All Tone Triage data in this browser was deleted.</p>}
    </section>
  );
}
