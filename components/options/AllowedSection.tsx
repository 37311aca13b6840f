import type { Preferences } from '../../lib/storage/preferences';
import { ListEditor } from './ListEditor';

interface AllowedSectionProps {
  preferences: Preferences;
  onChange: (change: (current: Preferences) => Preferences) => Promise<void>;
}

/** Phrases and senders the user said are fine: they are never flagged. */
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
      <h2 id="senders-title">Allowed senders</h2>
      <p className="tt-help">Mail from these addresses is never flagged. Write "@example.com" for everyone at a domain.</p>
      <ListEditor
        label="Add an allowed sender"
        items={preferences.allowedSenders}
        placeholder="someone@example.com"
        onChange={(allowedSenders) => onChange((p) => ({ ...p, allowedSenders }))}
      />
    </section>
  );
}
