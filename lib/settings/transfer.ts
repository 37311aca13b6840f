import { z } from 'zod';
import { preferencesSchema, type Preferences } from '../storage/preferences';
import { SETTINGS_VERSION, settingsSchema, type Settings } from '../storage/settings';

/** Everything the user set, in both places it is kept: the options' settings and the sidebar's lists. */
export interface AllSettings {
  settings: Settings;
  preferences: Preferences;
}

export const SETTINGS_FILE_APP = 'tone-triage';

const fileSchema = z.strictObject({
  app: z.literal(SETTINGS_FILE_APP, 'this is not a Tone Triage settings file'),
  version: z
    .number('expected a version number')
    .int()
    .min(1)
    .max(SETTINGS_VERSION, `this file comes from a newer version of Tone Triage (this one reads up to ${SETTINGS_VERSION})`),
  exportedAt: z.string().optional(),
  settings: settingsSchema,
  preferences: preferencesSchema,
});

export type ParsedSettingsFile = { ok: true; value: AllSettings } | { ok: false; errors: string[] };

export function exportSettingsFile(all: AllSettings, now: Date): string {
  const file = { app: SETTINGS_FILE_APP, version: SETTINGS_VERSION, exportedAt: now.toISOString(), ...all };
  return `${JSON.stringify(file, null, 2)}\n`;
}

// A long list of errors helps nobody fix a file; the first few point to the problem.
const MAX_ERRORS = 5;

/** Reads an exported file; on any problem, says which field and why, and returns nothing to apply. */
export function parseSettingsFile(text: string): ParsedSettingsFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.slice(0, MAX_ERRORS).map(describeIssue) };
  const { settings, preferences } = parsed.data;
  return { ok: true, value: { settings: settings as Settings, preferences: preferences as Preferences } };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.map(String).join('.') : 'the file';
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return `${where}: missing (expected ${issue.expected})`;
  }
  if (issue.code === 'unrecognized_keys') return `${where}: unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return `${where}: ${issue.message}`;
}
