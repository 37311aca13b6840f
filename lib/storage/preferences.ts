import { z } from 'zod';
import { isCategoryId, type CategoryId } from '../engine/categories';
import type { Finding, UserPreferences } from '../engine/types';
import { defineValidatedItem } from './validated-item';

// Dismissals are per finding and pile up; the oldest are forgotten past this many.
export const MAX_DISMISSED = 500;

// A category id this version does not know (renamed, or from a newer version) is dropped, not fatal.
const categoryList = z.array(z.string()).transform((ids) => ids.filter(isCategoryId));
const phraseList = z.array(z.string().trim().min(1).max(500));

export const preferencesSchema = z.object({
  mutedCategories: categoryList.default([]),
  allowedPhrases: phraseList.default([]),
  /** The user's own extra phrases per category, matched literally by the engine. */
  extraPhrases: z
    .record(z.string(), phraseList)
    .transform((record) => Object.fromEntries(Object.entries(record).filter(([id]) => isCategoryId(id))))
    .default({}),
  /** Senders whose mail is never flagged: an address, or "@domain" for everyone there. */
  allowedSenders: z.array(z.string().trim().toLowerCase().min(1).max(320)).default([]),
  /** Findings the user marked "Not an issue", as `dismissalKey` strings. */
  dismissed: z.array(z.string()).default([]),
});

export type Preferences = {
  mutedCategories: CategoryId[];
  allowedPhrases: string[];
  allowedSenders: string[];
  extraPhrases: Partial<Record<CategoryId, string[]>>;
  dismissed: string[];
};

export const DEFAULT_PREFERENCES: Preferences = { mutedCategories: [], allowedPhrases: [], allowedSenders: [], extraPhrases: {}, dismissed: [] };

export const preferencesItem = defineValidatedItem<Preferences>('local:preferences', {
  schema: preferencesSchema as z.ZodType<Preferences>,
  fallback: () => structuredClone(DEFAULT_PREFERENCES),
  version: 1,
});

export const sidebarCollapsedItem = defineValidatedItem('local:sidebarCollapsed', {
  schema: z.boolean(),
  fallback: () => false,
  version: 1,
});

/** What the engine needs of the preferences (dismissals are applied after it, per finding). */
export function enginePreferences(prefs: Preferences): UserPreferences {
  return {
    mutedCategories: prefs.mutedCategories,
    allowedPhrases: prefs.allowedPhrases,
    allowedSenders: prefs.allowedSenders,
    extraPhrases: prefs.extraPhrases,
  };
}

/** One finding of one thread, stable across re-reads: the same words of the same category. */
export function dismissalKey(threadKey: string, finding: Pick<Finding, 'category' | 'evidence'>): string {
  return `${threadKey}|${finding.category}|${finding.evidence.trim().toLowerCase()}`;
}

const addOnce = <T>(list: readonly T[], item: T): T[] => (list.includes(item) ? [...list] : [...list, item]);

export function withMutedCategory(prefs: Preferences, category: CategoryId): Preferences {
  return { ...prefs, mutedCategories: addOnce(prefs.mutedCategories, category) };
}

export function withAllowedPhrase(prefs: Preferences, phrase: string): Preferences {
  const p = phrase.trim();
  const known = prefs.allowedPhrases.some((a) => a.toLowerCase() === p.toLowerCase());
  return p === '' || known ? prefs : { ...prefs, allowedPhrases: [...prefs.allowedPhrases, p] };
}

export function withDismissed(prefs: Preferences, key: string): Preferences {
  return { ...prefs, dismissed: addOnce(prefs.dismissed, key).slice(-MAX_DISMISSED) };
}

export const muteCategory = (category: CategoryId) => preferencesItem.update((p) => withMutedCategory(p, category));
export const allowPhrase = (phrase: string) => preferencesItem.update((p) => withAllowedPhrase(p, phrase));
export const dismissFinding = (key: string) => preferencesItem.update((p) => withDismissed(p, key));
