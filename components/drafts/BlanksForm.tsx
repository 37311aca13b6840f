import { variableLabel } from '../../lib/templates';

interface BlanksFormProps {
  /** Unfilled variable names of the draft shown. */
  missing: readonly string[];
  typed: Readonly<Record<string, string>>;
  onType: (name: string, value: string) => void;
  idPrefix: string;
}

/** One field per blank of the draft, so the user can fill it before inserting. */
export function BlanksForm({ missing, typed, onType, idPrefix }: BlanksFormProps) {
  if (missing.length === 0) return null;
  return (
    <fieldset className="tt-blanks">
      <legend>Fill in the blanks</legend>
      {missing.map((name) => (
        <div className="tt-blank" key={name}>
          <label htmlFor={`${idPrefix}-${name}`}>{variableLabel(name)}</label>
          <input
            id={`${idPrefix}-${name}`}
            type="text"
            data-testid={`tt-blank-${name}`}
            value={typed[name] ?? ''}
            onChange={(event) => onType(name, event.target.value)}
          />
        </div>
      ))}
    </fieldset>
  );
}
