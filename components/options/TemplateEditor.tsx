import { useEffect, useMemo, useState } from 'react';
import { CATEGORIES, categoryName, isCategoryId, type CategoryId } from '../../lib/engine/categories';
import {
  isVariableName,
  renderTemplate,
  templateValues,
  templateVariables,
  TEMPLATE_VARIABLES,
  type ProfileValues,
  type UserTemplate,
} from '../../lib/templates';
import { DraftPreview } from '../drafts/DraftPreview';
import { SAMPLE_EVIDENCE, SAMPLE_THREAD } from './sample-message';

export interface TemplateActions {
  save: (template: UserTemplate, change: { title: string; body: string; category: CategoryId }) => Promise<void>;
  add: (category: CategoryId) => Promise<string>;
  duplicate: (template: UserTemplate) => Promise<string>;
  remove: (template: UserTemplate) => Promise<void>;
  restoreBuiltIns: () => Promise<void>;
}

interface TemplateEditorProps {
  templates: readonly UserTemplate[];
  profile: ProfileValues;
  actions: TemplateActions;
}

const ORIGIN_LABEL = { 'built-in': 'built-in', edited: 'edited', custom: 'yours' } as const;

/** The reply templates by category: pick one, edit it with a live preview, add, duplicate, delete. */
export function TemplateEditor({ templates, profile, actions }: TemplateEditorProps) {
  const [selectedId, setSelectedId] = useState(templates[0]?.id);
  const [confirmRestore, setConfirmRestore] = useState(false);
  const selected = templates.find((t) => t.id === selectedId) ?? templates[0];

  const byCategory = useMemo(
    () => CATEGORIES.map((c) => ({ ...c, templates: templates.filter((t) => t.category === c.id) })),
    [templates],
  );

  return (
    <section aria-labelledby="templates-title" className="tt-templates">
      <h2 id="templates-title">Reply templates</h2>
      <div className="tt-templates-layout">
        <nav aria-label="Templates" className="tt-template-list">
          {byCategory.map((group) => (
            <div key={group.id}>
              <h3>{group.name}</h3>
              <ul>
                {group.templates.map((t) => (
                  <li key={t.id}>
                    <button
                      type="button"
                      aria-current={t.id === selected?.id ? 'true' : undefined}
                      data-testid="tt-template-item"
                      onClick={() => setSelectedId(t.id)}
                    >
                      {t.title}
                      {t.origin !== 'built-in' && <span className="tt-origin"> ({ORIGIN_LABEL[t.origin]})</span>}
                    </button>
                  </li>
                ))}
              </ul>
              <button type="button" className="tt-link" onClick={async () => setSelectedId(await actions.add(group.id))}>
                New {group.name.toLowerCase()} template
              </button>
            </div>
          ))}
        </nav>
        {selected ? (
          <TemplateForm
            key={selected.id}
            template={selected}
            profile={profile}
            actions={actions}
            onSelect={setSelectedId}
          />
        ) : (
          <p>No templates. Restore the built-in ones or add your own.</p>
        )}
      </div>
      <div className="tt-actions">
        {confirmRestore ? (
          <>
            <span>Bring back every built-in template as shipped? Your own templates stay.</span>
            <button
              type="button"
              onClick={async () => {
                await actions.restoreBuiltIns();
                setConfirmRestore(false);
              }}
            >
              Restore
            </button>
            <button type="button" onClick={() => setConfirmRestore(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirmRestore(true)}>
            Restore default templates
          </button>
        )}
      </div>
    </section>
  );
}

interface TemplateFormProps {
  template: UserTemplate;
  profile: ProfileValues;
  actions: TemplateActions;
  onSelect: (id: string | undefined) => void;
}

function TemplateForm({ template, profile, actions, onSelect }: TemplateFormProps) {
  const [title, setTitle] = useState(template.title);
  const [body, setBody] = useState(template.body);
  const [category, setCategory] = useState<CategoryId>(template.category);
  const [status, setStatus] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  useEffect(() => setStatus(''), [title, body, category]);

  async function remove() {
    await actions.remove(template);
    onSelect(undefined);
  }

  const values = templateValues({ thread: { ...SAMPLE_THREAD, evidence: SAMPLE_EVIDENCE[category] }, profile, now: new Date() });
  const preview = renderTemplate(body, values);
  const unknown = templateVariables(body).filter((name) => !isVariableName(name));
  const canSave = title.trim() !== '';

  return (
    <div className="tt-template-form">
      <div className="tt-field">
        <label htmlFor="template-title">Title</label>
        <input id="template-title" type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="tt-field">
        <label htmlFor="template-category">Category</label>
        <select
          id="template-category"
          value={category}
          disabled={template.origin !== 'custom'}
          onChange={(e) => isCategoryId(e.target.value) && setCategory(e.target.value)}
        >
          {CATEGORIES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="tt-field">
        <label htmlFor="template-body">Text</label>
        <textarea id="template-body" rows={12} value={body} onChange={(e) => setBody(e.target.value)} aria-describedby="template-variables" />
        <p id="template-variables" className="tt-help">
          Variables: {TEMPLATE_VARIABLES.map((v) => `{{${v.name}}}`).join(' ')}
        </p>
        {unknown.length > 0 && (
          <p role="alert" className="tt-error">
            Unknown variable{unknown.length > 1 ? 's' : ''}: {unknown.map((n) => `{{${n}}}`).join(', ')}. It will show as a blank.
          </p>
        )}
      </div>
      <h3>Preview</h3>
      <p className="tt-help">
        Against a sample message from {SAMPLE_THREAD.senderName}: “{SAMPLE_EVIDENCE[category]}” ({categoryName(category)}).
      </p>
      <DraftPreview segments={preview.segments} label="Template preview" />
      <div className="tt-actions">
        <button
          type="button"
          disabled={!canSave}
          onClick={async () => {
            await actions.save(template, { title: title.trim(), body, category });
            setStatus('Template saved.');
          }}
        >
          Save template
        </button>
        <button type="button" onClick={async () => onSelect(await actions.duplicate(template))}>
          Duplicate
        </button>
        {confirmDelete ? (
          <>
            <span>Delete your template “{template.title}” for good?</span>
            <button type="button" onClick={remove}>
              Delete for good
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              Cancel
            </button>
          </>
        ) : (
          // A built-in comes back with "Restore default templates"; the user's own cannot, so it asks.
          <button type="button" onClick={() => (template.origin === 'custom' ? setConfirmDelete(true) : remove())}>
            Delete
          </button>
        )}
        {status && <span role="status">{status}</span>}
      </div>
    </div>
  );
}
