import { z } from 'zod';
import { isCategoryId } from '../engine/categories';
import { NO_OVERRIDES, type ProfileValues, type TemplateOverrides } from '../templates';
import { defineValidatedItem } from './validated-item';

// Generous bounds: they only stop a pasted novel or a corrupt value from reaching the drafts.
const line = z.string().trim().max(300);
const block = z.string().max(5_000);

export const profileSchema = z.object({
  name: line.default(''),
  business: line.default(''),
  /** Free text so the currency and unit are the user's: "USD 95 per hour", "£80/h". */
  hourlyRate: line.default(''),
  paymentTerms: line.default(''),
  bookingLink: line.default(''),
  signature: block.default(''),
});

const templateSchema = z.object({
  id: z.string().min(1).max(200),
  category: z.string().refine(isCategoryId, 'not a category of this version'),
  title: z.string().trim().min(1, 'a template needs a title').max(200),
  body: block,
});

export const templateOverridesSchema = z.object({
  custom: z.array(templateSchema).default([]),
  edited: z.record(z.string(), z.object({ title: templateSchema.shape.title, body: block })).default({}),
  deleted: z.array(z.string()).default([]),
});

export const settingsSchema = z.object({
  profile: profileSchema.default(() => ({ ...EMPTY_PROFILE })),
  templates: templateOverridesSchema.default(() => structuredClone(NO_OVERRIDES)),
});

export interface Settings {
  profile: ProfileValues;
  templates: TemplateOverrides;
}

export const EMPTY_PROFILE: ProfileValues = {
  name: '',
  business: '',
  hourlyRate: '',
  paymentTerms: '',
  bookingLink: '',
  signature: '',
};

export const DEFAULT_SETTINGS: Settings = { profile: EMPTY_PROFILE, templates: NO_OVERRIDES };

export const SETTINGS_VERSION = 2;

/**
 * v1 kept the user's name as `fullName` and the rate as a bare number; v2 calls the name `name`
 * and keeps the rate as text, so "USD 95 per hour" reads in the user's own currency and unit.
 * Only fields that look like v1 are touched, so a value already in v2 shape passes unchanged.
 */
export function migrateSettingsV1toV2(old: unknown): unknown {
  if (!isRecord(old) || !isRecord(old.profile)) return old;
  const { fullName, rate, ...profile } = old.profile;
  return {
    ...old,
    profile: {
      ...profile,
      ...(typeof fullName === 'string' && { name: fullName }),
      ...(typeof rate === 'number' && { hourlyRate: String(rate) }),
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const settingsItem = defineValidatedItem<Settings>('local:settings', {
  schema: settingsSchema as z.ZodType<Settings>,
  fallback: () => structuredClone(DEFAULT_SETTINGS),
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV1toV2 },
});

export const saveProfile = (profile: ProfileValues) => settingsItem.update((s) => ({ ...s, profile }));

export const saveTemplateOverrides = (templates: TemplateOverrides) =>
  settingsItem.update((s) => ({ ...s, templates }));
