import { useEffect, useState, type FormEvent } from 'react';
import type { ProfileValues } from '../../lib/templates';

const FIELDS: ReadonlyArray<{ key: keyof ProfileValues; label: string; hint: string; multiline?: boolean }> = [
  { key: 'name', label: 'Your name', hint: 'Sam Rivera' },
  { key: 'business', label: 'Business name', hint: 'Rivera Studio' },
  { key: 'hourlyRate', label: 'Hourly rate', hint: 'USD 95 per hour' },
  { key: 'paymentTerms', label: 'Payment terms', hint: 'payment within 14 days of invoice' },
  { key: 'bookingLink', label: 'Booking link', hint: 'https://cal.example/sam' },
  { key: 'signature', label: 'Signature', hint: 'The lines under "Kind regards,"; your name alone when empty', multiline: true },
];

interface ProfileFormProps {
  profile: ProfileValues;
  onSave: (profile: ProfileValues) => Promise<void>;
}

/** The user's details that fill the drafts' variables. */
export function ProfileForm({ profile, onSave }: ProfileFormProps) {
  const [draft, setDraft] = useState(profile);
  const [saved, setSaved] = useState(false);
  // A save, an import or another page may change the stored profile: show what is stored.
  useEffect(() => setDraft(profile), [profile]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await onSave(draft);
    setSaved(true);
  }

  const change = (key: keyof ProfileValues, value: string) => {
    setDraft({ ...draft, [key]: value });
    setSaved(false);
  };

  return (
    <form className="tt-form" onSubmit={submit} aria-labelledby="profile-title">
      <h2 id="profile-title">Your profile</h2>
      <p className="tt-help">These fill the blanks in reply drafts. They stay in this browser.</p>
      {FIELDS.map(({ key, label, hint, multiline }) => (
        <div className="tt-field" key={key}>
          <label htmlFor={`profile-${key}`}>{label}</label>
          {multiline ? (
            <textarea id={`profile-${key}`} rows={3} placeholder={hint} value={draft[key]} onChange={(e) => change(key, e.target.value)} />
          ) : (
            <input id={`profile-${key}`} type="text" placeholder={hint} value={draft[key]} onChange={(e) => change(key, e.target.value)} />
          )}
        </div>
      ))}
      <div className="tt-actions">
        <button type="submit">Save profile</button>
        {saved && <span role="status">Profile saved.</span>}
      </div>
    </form>
  );
}
