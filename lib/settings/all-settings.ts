import { preferencesItem } from '../storage/preferences';
import { settingsItem } from '../storage/settings';
import type { AllSettings } from './transfer';

export async function readAllSettings(): Promise<AllSettings> {
  const [settings, preferences] = await Promise.all([settingsItem.get(), preferencesItem.get()]);
  return { settings: settings.value, preferences: preferences.value };
}

/** Replaces everything with an already validated import. */
export async function writeAllSettings(all: AllSettings): Promise<void> {
  await Promise.all([settingsItem.set(all.settings), preferencesItem.set(all.preferences)]);
}
