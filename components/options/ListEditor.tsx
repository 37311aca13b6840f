import { useId, useState, type FormEvent } from 'react';

interface ListEditorProps {
  label: string;
  items: readonly string[];
  onChange: (items: string[]) => Promise<void>;
  placeholder?: string;
}

/** A list of short texts the user adds to and removes from (phrases, senders). */
export function ListEditor({ label, items, onChange, placeholder }: ListEditorProps) {
  const [entry, setEntry] = useState('');
  const inputId = useId();

  async function add(event: FormEvent) {
    event.preventDefault();
    const value = entry.trim();
    if (!value) return;
    if (!items.some((item) => item.toLowerCase() === value.toLowerCase())) await onChange([...items, value]);
    setEntry('');
  }

  return (
    <div className="tt-list-editor">
      <form onSubmit={add} className="tt-list-add">
        <label htmlFor={inputId}>{label}</label>
        <input id={inputId} type="text" value={entry} placeholder={placeholder} onChange={(e) => setEntry(e.target.value)} />
        <button type="submit">Add</button>
      </form>
      {items.length === 0 ? (
        <p className="tt-help">None yet.</p>
      ) : (
        <ul aria-label={label}>
          {items.map((item) => (
            <li key={item}>
              <span>{item}</span>
              <button type="button" aria-label={`Remove "${item}"`} onClick={() => onChange(items.filter((i) => i !== item))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
