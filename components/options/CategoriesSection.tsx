import { CATEGORIES, type CategoryId } from '../../lib/engine/categories';
import type { Preferences } from '../../lib/storage/preferences';
import { ListEditor } from './ListEditor';

interface CategoriesSectionProps {
  preferences: Preferences;
  onChange: (change: (current: Preferences) => Preferences) => Promise<void>;
}

/** Which categories are flagged, and the user's own phrases for each. */
export function CategoriesSection({ preferences, onChange }: CategoriesSectionProps) {
  const muted = new Set(preferences.mutedCategories);

  const toggle = (id: CategoryId, on: boolean) =>
    onChange((p) => ({
      ...p,
      mutedCategories: on ? p.mutedCategories.filter((c) => c !== id) : [...new Set([...p.mutedCategories, id])],
    }));

  const setPhrases = (id: CategoryId, phrases: string[]) =>
    onChange((p) => ({ ...p, extraPhrases: { ...p.extraPhrases, [id]: phrases } }));

  return (
    <section aria-labelledby="categories-title">
      <h2 id="categories-title">Categories</h2>
      <p className="tt-help">
        Switch off what you do not want flagged. Your own phrases are matched as written (upper or lower case alike).
      </p>
      <ul className="tt-categories">
        {CATEGORIES.map(({ id, name, priority }) => {
          const phrases = preferences.extraPhrases[id] ?? [];
          return (
            <li key={id} className="tt-category" data-category={id}>
              <label className="tt-category-toggle">
                <input type="checkbox" checked={!muted.has(id)} onChange={(e) => toggle(id, e.target.checked)} />
                {name} <span className="tt-badge" data-priority={priority}>{priority}</span>
              </label>
              <details>
                <summary>
                  Your phrases for {name.toLowerCase()} ({phrases.length})
                </summary>
                <ListEditor
                  label={`Add a phrase for ${name.toLowerCase()}`}
                  items={phrases}
                  placeholder="put it on my tab"
                  onChange={(next) => setPhrases(id, next)}
                />
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
