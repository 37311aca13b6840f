import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readAllSettings, writeAllSettings } from '../../../lib/settings/all-settings';
import { exportSettingsFile, parseSettingsFile, type AllSettings } from '../../../lib/settings/transfer';
import { DEFAULT_PREFERENCES } from '../../../lib/storage/preferences';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';

const ALL: AllSettings = {
  settings: {
    profile: { ...DEFAULT_SETTINGS.profile, name: 'Sam Ortiz', hourlyRate: 'USD 95 per hour' },
    templates: {
      custom: [{ id: 'user.1', category: 'scope_creep', title: 'Mine', body: 'Hi {{client_first_name}}' }],
      edited: { 'hostility.set-the-tone': { title: 'Calm', body: 'Calm down.' } },
      deleted: ['legal_threat.move-to-writing'],
    },
  },
  preferences: {
    ...DEFAULT_PREFERENCES,
    mutedCategories: ['urgency_pressure'],
    allowedPhrases: ['asap'],
    extraPhrases: { payment_dispute: ['put it on my tab'] },
  },
};

const fileWith = (change: (file: any) => void) => {
  const file = JSON.parse(exportSettingsFile(ALL, new Date('2026-11-23T12:00:00Z')));
  change(file);
  return JSON.stringify(file);
};

function errorsOf(text: string): string[] {
  const parsed = parseSettingsFile(text);
  if (parsed.ok) throw new Error('expected the file to be rejected');
  return parsed.errors;
}

describe('the settings file', () => {
  test('round-trips every setting and preference list', () => {
    expect(parseSettingsFile(exportSettingsFile(ALL, new Date()))).toEqual({ ok: true, value: ALL });
  });

  test('records the app, version and export time', () => {
    expect(JSON.parse(exportSettingsFile(ALL, new Date('2026-11-23T12:00:00Z')))).toMatchObject({
      app: 'tone-triage',
      version: 2,
      exportedAt: '2026-11-23T12:00:00.000Z',
    });
  });

  test.each([
    ['text that is not JSON', '{ "app": ', /^The file is not valid JSON/],
    ['a file from another app', fileWith((f) => (f.app = 'other')), /^app: this is not a Tone Triage settings file/],
    ['a file from a newer version', fileWith((f) => (f.version = 9)), /^version: this file comes from a newer version/],
    ['a profile name that is a number', fileWith((f) => (f.settings.profile.name = 42)), /^settings\.profile\.name: .*expected string/i],
    ['a template in an unknown category', fileWith((f) => (f.settings.templates.custom[0].category = 'rudeness')), /^settings\.templates\.custom\.0\.category: not a category/],
    ['a template without a title', fileWith((f) => (f.settings.templates.custom[0].title = ' ')), /^settings\.templates\.custom\.0\.title: a template needs a title/],
    ['an allowed phrase that is not text', fileWith((f) => (f.preferences.allowedPhrases = ['ok', 7])), /^preferences\.allowedPhrases\.1: /],
    ['a missing preferences section', fileWith((f) => delete f.preferences), /^preferences: missing \(expected object\)/],
    ['a misspelt top-level field', fileWith((f) => (f.setings = {})), /^the file: unknown field "setings"/],
  ])('rejects %s with an error naming the field', (_what, text, expected) => {
    expect(errorsOf(text)[0]).toMatch(expected);
  });

  test('lists several problems, capped at five', () => {
    const errors = errorsOf(fileWith((f) => (f.preferences.allowedPhrases = [1, 2, 3, 4, 5, 6, 7])));
    expect(errors).toHaveLength(5);
  });
});

describe('reading and writing all settings', () => {
  beforeEach(() => fakeBrowser.reset());

  test('writes both the settings and the sidebar preferences, and reads them back', async () => {
    await writeAllSettings(ALL);
    expect(await readAllSettings()).toEqual(ALL);
  });
});
