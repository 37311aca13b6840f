import { readAllSettings, writeAllSettings } from '../../lib/settings/all-settings';
import { exportSettingsFile, parseSettingsFile } from '../../lib/settings/transfer';
import { deleteAllData } from '../../lib/storage/delete-all';
import { preferencesItem } from '../../lib/storage/preferences';
import { settingsItem } from '../../lib/storage/settings';
import { retentionDaysItem } from '../../lib/storage/threads';
import {
  addTemplate,
  BUILT_IN_TEMPLATES,
  deleteTemplate,
  duplicateTemplate,
  effectiveTemplates,
  restoreBuiltIns,
  saveTemplate,
  type TemplateOverrides,
} from '../../lib/templates';
import { AllowedSection } from './AllowedSection';
import { CategoriesSection } from './CategoriesSection';
import { DataSection } from './DataSection';
import { ImportExport, type ImportExportActions } from './ImportExport';
import { ProfileForm } from './ProfileForm';
import { TemplateEditor, type TemplateActions } from './TemplateEditor';
import { useStored } from '../shared/use-stored';
import './options.css';

const newTemplateId = () => `user.${crypto.randomUUID()}`;

const transfer: ImportExportActions = {
  exportFile: async () => exportSettingsFile(await readAllSettings(), new Date()),
  async importFile(text) {
    const parsed = parseSettingsFile(text);
    if (!parsed.ok) return parsed.errors;
    await writeAllSettings(parsed.value);
    return [];
  },
};

/** The options page: profile, templates, categories, phrase lists, import and export, the user's data. */
export function OptionsApp() {
  const settings = useStored(settingsItem);
  const preferences = useStored(preferencesItem);
  const retention = useStored(retentionDaysItem);
  if (!settings.value || !preferences.value || retention.value === undefined) return <main className="tt-options">Loading…</main>;

  const overrides = settings.value.templates;
  const templates = effectiveTemplates(BUILT_IN_TEMPLATES, overrides);
  const updateTemplates = (change: (current: TemplateOverrides) => TemplateOverrides) =>
    settings.update((s) => ({ ...s, templates: change(s.templates) }));

  const templateActions: TemplateActions = {
    save: (template, change) => updateTemplates((o) => saveTemplate(o, template, change)),
    async add(category) {
      const id = newTemplateId();
      await updateTemplates((o) => addTemplate(o, { id, category, title: 'New template', body: 'Hi {{client_first_name}},\n\n\n\nKind regards,\n{{signature}}' }));
      return id;
    },
    async duplicate(template) {
      const id = newTemplateId();
      await updateTemplates((o) => duplicateTemplate(o, template, id));
      return id;
    },
    remove: (template) => updateTemplates((o) => deleteTemplate(o, template)),
    restoreBuiltIns: () => updateTemplates(restoreBuiltIns),
  };

  return (
    <main className="tt-options">
      <h1>Tone Triage settings</h1>
      {[settings.problem, preferences.problem].filter(Boolean).map((problem) => (
        <p role="alert" className="tt-error" key={problem}>
          {problem}
        </p>
      ))}
      <ProfileForm profile={settings.value.profile} onSave={(profile) => settings.update((s) => ({ ...s, profile }))} />
      <TemplateEditor templates={templates} profile={settings.value.profile} actions={templateActions} />
      <CategoriesSection preferences={preferences.value} onChange={preferences.update} />
      <AllowedSection preferences={preferences.value} onChange={preferences.update} />
      <ImportExport actions={transfer} />
      <DataSection retentionDays={retention.value} onRetentionChange={(days) => retention.update(() => days)} onDeleteAll={deleteAllData} />
    </main>
  );
}
