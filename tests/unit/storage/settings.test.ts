import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  migrateSettingsV1toV2,
  saveProfile,
  saveTemplateOverrides,
  settingsItem,
} from '../../../lib/storage/settings';

const PROFILE = {
  name: 'Sam Ortiz',
  business: 'Ortiz Web Studio',
  hourlyRate: 'USD 95 per hour',
  paymentTerms: 'payment within 14 days of invoice',
  bookingLink: 'https://cal.example/sam',
  signature: 'Sam',
};

beforeEach(() => fakeBrowser.reset());

describe('settings in storage', () => {
  test('a fresh install reads the defaults without a problem', async () => {
    expect(await settingsItem.get()).toEqual({ value: DEFAULT_SETTINGS });
  });

  test('the profile and template changes are stored and read back', async () => {
    await saveProfile(PROFILE);
    await saveTemplateOverrides({ custom: [], edited: { 'hostility.set-the-tone': { title: 'T', body: 'B' } }, deleted: ['legal_threat.move-to-writing'] });
    const { value } = await settingsItem.get();
    expect(value.profile).toEqual(PROFILE);
    expect(value.templates.edited['hostility.set-the-tone']).toEqual({ title: 'T', body: 'B' });
    expect(value.templates.deleted).toEqual(['legal_threat.move-to-writing']);
  });

  test('a value missing fields reads with the defaults filled in', async () => {
    await storage.setItem('local:settings', { profile: { name: 'Sam' } });
    const { value, problem } = await settingsItem.get();
    expect(problem).toBeUndefined();
    expect(value.profile).toEqual({ ...DEFAULT_SETTINGS.profile, name: 'Sam' });
    expect(value.templates).toEqual(DEFAULT_SETTINGS.templates);
  });

  test('a corrupt stored value is reported, backed up under another key and replaced with defaults', async () => {
    const corrupt = { profile: { name: 42 }, templates: 'lost' };
    await storage.setItem('local:settings', corrupt);
    const read = await settingsItem.get();
    expect(read.value).toEqual(DEFAULT_SETTINGS);
    expect(read.problem).toMatch(/settings was unreadable/);
    expect(await storage.getItem('local:settings:corrupt-backup')).toEqual(corrupt);
    expect((await settingsItem.get()).problem).toBeUndefined();
  });

  test('a custom template in a category this version does not know is rejected on save', async () => {
    const bad = { custom: [{ id: 'u1', category: 'rudeness', title: 'x', body: 'y' }], edited: {}, deleted: [] };
    await expect(saveTemplateOverrides(bad as never)).rejects.toThrow(/not a category/);
    expect((await settingsItem.get()).value).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the v1 to v2 migration', () => {
  test('renames fullName to name and turns the numeric rate into text', () => {
    const v1 = { profile: { fullName: 'Sam Ortiz', rate: 95, business: 'Studio' }, templates: { custom: [] } };
    expect(migrateSettingsV1toV2(v1)).toEqual({
      profile: { name: 'Sam Ortiz', hourlyRate: '95', business: 'Studio' },
      templates: { custom: [] },
    });
  });

  test('leaves a value without a v1 profile unchanged', () => {
    expect(migrateSettingsV1toV2({ profile: { name: 'Sam' } })).toEqual({ profile: { name: 'Sam' } });
    expect(migrateSettingsV1toV2('nonsense')).toBe('nonsense');
  });

  test('runs on a stored v1 value when the extension starts, and records version 2', async () => {
    await storage.setItem('local:settings', { profile: { fullName: 'Sam Ortiz', rate: 95 } });
    await storage.setMeta('local:settings', { v: 1 });
    vi.resetModules();
    const fresh = await import('../../../lib/storage/settings');
    const { value, problem } = await fresh.settingsItem.get();
    expect(problem).toBeUndefined();
    expect(value.profile).toMatchObject({ name: 'Sam Ortiz', hourlyRate: '95' });
    expect(await storage.getMeta('local:settings')).toEqual({ v: 2 });
  });
});
