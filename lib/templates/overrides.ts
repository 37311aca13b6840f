import type { CategoryId } from '../engine/categories';
import type { ReplyTemplate } from './define-template';

/**
 * How the user's templates differ from the built-in ones: their own, their edits of built-ins
 * (by id), and the built-ins they deleted. Built-ins themselves are never stored, so new ones in an
 * update reach the user.
 */
export interface TemplateOverrides {
  custom: ReplyTemplate[];
  edited: Record<string, { title: string; body: string }>;
  deleted: string[];
}

export type TemplateOrigin = 'built-in' | 'edited' | 'custom';

export interface UserTemplate extends ReplyTemplate {
  origin: TemplateOrigin;
}

export const NO_OVERRIDES: TemplateOverrides = { custom: [], edited: {}, deleted: [] };

/** The templates the user sees: built-ins (as edited, minus deleted) then their own. */
export function effectiveTemplates(
  builtIns: readonly ReplyTemplate[],
  overrides: TemplateOverrides,
): UserTemplate[] {
  const deleted = new Set(overrides.deleted);
  const kept = builtIns.filter((t) => !deleted.has(t.id));
  return [
    ...kept.map((t): UserTemplate => {
      const edit = overrides.edited[t.id];
      return edit ? { ...t, ...edit, origin: 'edited' } : { ...t, origin: 'built-in' };
    }),
    ...overrides.custom.map((t): UserTemplate => ({ ...t, origin: 'custom' })),
  ];
}

/** A change from the editor; only the user's own templates can move to another category. */
export interface TemplateChange {
  title: string;
  body: string;
  category?: CategoryId;
}

export function saveTemplate(overrides: TemplateOverrides, template: UserTemplate, change: TemplateChange): TemplateOverrides {
  if (template.origin === 'custom') {
    return { ...overrides, custom: overrides.custom.map((t) => (t.id === template.id ? { ...t, ...change } : t)) };
  }
  const { title, body } = change;
  return { ...overrides, edited: { ...overrides.edited, [template.id]: { title, body } } };
}

/** Adds a user template; `id` must be new (the caller makes it, so this stays pure). */
export function addTemplate(overrides: TemplateOverrides, template: ReplyTemplate): TemplateOverrides {
  return { ...overrides, custom: [...overrides.custom, template] };
}

export function duplicateTemplate(overrides: TemplateOverrides, template: ReplyTemplate, id: string): TemplateOverrides {
  const { category, body } = template;
  return addTemplate(overrides, { id, category, body, title: `${template.title} (copy)` });
}

export function deleteTemplate(overrides: TemplateOverrides, template: UserTemplate): TemplateOverrides {
  if (template.origin === 'custom') {
    return { ...overrides, custom: overrides.custom.filter((t) => t.id !== template.id) };
  }
  const { [template.id]: _dropped, ...edited } = overrides.edited;
  return { ...overrides, edited, deleted: [...new Set([...overrides.deleted, template.id])] };
}

/** Brings every built-in back as shipped; the user's own templates stay. */
export function restoreBuiltIns(overrides: TemplateOverrides): TemplateOverrides {
  return { ...overrides, edited: {}, deleted: [] };
}
