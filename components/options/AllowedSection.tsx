import type { Preferences } from '../../lib/storage/preferences';
import { ListEditor } from './ListEditor';

interface AllowedSectionProps {
  preferences: Preferences;
  onChange: (change: (current: Preferences) => Preferences) => Promise<void>;
}

/** Phrases the user told the sidebar are fine: they are never flagged. */
export function AllowedSection({ preferences, onChange }: AllowedSectionProps) {
  return (
    <section aria-labelledby="allowed-title">
      <h2 id="allowed-title">Allowed phrases</h2>
      <p className="tt-help">Findings whose words contain one of these are not shown. The sidebar's "Allow this phrase" adds here.</p>
      <ListEditor
        label="Add an allowed phrase"
        items={preferences.allowedPhrases}
        placeholder="as soon as possible"
        onChange={(allowedPhrases) => onChange((p) => ({ ...p, allowedPhrases }))}
      />
    </section>
  );
}
