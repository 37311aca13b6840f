import { useState, type ChangeEvent } from 'react';

export interface ImportExportActions {
  /** The settings file's text, for download. */
  exportFile: () => Promise<string>;
  /** Applies a file's text; returns the problems when it was rejected (nothing is changed then). */
  importFile: (text: string) => Promise<string[]>;
}

type Outcome = { kind: 'imported' } | { kind: 'rejected'; fileName: string; errors: string[] } | { kind: 'exported' };

/** Settings and lists saved to, and restored from, one JSON file. */
export function ImportExport({ actions }: { actions: ImportExportActions }) {
  const [outcome, setOutcome] = useState<Outcome>();

  async function download() {
    const text = await actions.exportFile();
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'tone-triage-settings.json';
    link.click();
    URL.revokeObjectURL(url);
    setOutcome({ kind: 'exported' });
  }

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const errors = await actions.importFile(await file.text());
    input.value = '';
    setOutcome(errors.length ? { kind: 'rejected', fileName: file.name, errors } : { kind: 'imported' });
  }

  return (
    <section aria-labelledby="transfer-title">
      <h2 id="transfer-title">Import and export</h2>
      <p className="tt-help">
        One JSON file with your profile, templates, categories and phrase lists. Importing replaces them all.
      </p>
      <div className="tt-actions">
        <button type="button" onClick={download}>
          Export settings
        </button>
        <label className="tt-file">
          Import settings file
          <input type="file" accept="application/json,.json" data-testid="tt-import-file" onChange={upload} />
        </label>
      </div>
      {outcome?.kind === 'imported' && <p role="status">Settings imported.</p>}
      {outcome?.kind === 'exported' && <p role="status">Settings exported to tone-triage-settings.json.</p>}
      {outcome?.kind === 'rejected' && (
        <div role="alert" className="tt-error" data-testid="tt-import-errors">
          <p>
            {outcome.fileName} was not imported; your settings are unchanged.
          </p>
          <ul>
            {outcome.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
