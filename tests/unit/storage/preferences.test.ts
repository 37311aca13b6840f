import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  allowPhrase,
  DEFAULT_PREFERENCES,
  dismissalKey,
  dismissFinding,
  enginePreferences,
  MAX_DISMISSED,
  muteCategory,
  preferencesItem,
  sidebarCollapsedItem,
  withAllowedPhrase,
  withDismissed,
} from '../../../lib/storage/preferences';

beforeEach(() => fakeBrowser.reset());

describe('sidebar preferences in storage', () => {
  test('a fresh profile reads the defaults without a problem', async () => {
    expect(await preferencesItem.get()).toEqual({ value: DEFAULT_PREFERENCES });
  });

  test('preferences stored before allowed senders existed still read, with an empty sender list', async () => {
    await storage.setItem('local:preferences', { mutedCategories: ['hostility'], allowedPhrases: [], extraPhrases: {}, dismissed: [] });
    const read = await preferencesItem.get();
    expect(read.problem).toBeUndefined();
    expect(read.value).toMatchObject({ mutedCategories: ['hostility'], allowedSenders: [] });
  });

  test('muting, allowing and dismissing are stored and read back', async () => {
    await muteCategory('urgency_pressure');
    await allowPhrase('  as soon as possible ');
    await dismissFinding('gmail::t1|hostility|scam');
    const { value } = await preferencesItem.get();
    expect(value.mutedCategories).toEqual(['urgency_pressure']);
    expect(value.allowedPhrases).toEqual(['as soon as possible']);
    expect(value.dismissed).toEqual(['gmail::t1|hostility|scam']);
  });

  test('muting the same category twice keeps one entry', async () => {
    await muteCategory('hostility');
    await muteCategory('hostility');
    expect((await preferencesItem.get()).value.mutedCategories).toEqual(['hostility']);
  });

  test('a corrupt stored value is reported, backed up and replaced with the defaults', async () => {
    await storage.setItem('local:preferences', { mutedCategories: 'all of them' });
    const read = await preferencesItem.get();
    expect(read.value).toEqual(DEFAULT_PREFERENCES);
    expect(read.problem).toMatch(/preferences was unreadable/);
    expect(await storage.getItem('local:preferences:corrupt-backup')).toEqual({ mutedCategories: 'all of them' });
    expect((await preferencesItem.get()).problem).toBeUndefined();
  });

  test('unknown category ids from another version are dropped, the rest is kept', async () => {
    await storage.setItem('local:preferences', {
      mutedCategories: ['hostility', 'rudeness'],
      allowedPhrases: ['asap'],
      extraPhrases: { legal_threat: ['tribunal'], gossip: ['rumour'] },
    });
    const read = await preferencesItem.get();
    expect(read.problem).toBeUndefined();
    expect(read.value).toEqual({
      mutedCategories: ['hostility'],
      allowedPhrases: ['asap'],
      allowedSenders: [],
      extraPhrases: { legal_threat: ['tribunal'] },
      dismissed: [],
    });
  });

  test('the collapsed state defaults to open and is remembered', async () => {
    expect((await sidebarCollapsedItem.get()).value).toBe(false);
    await sidebarCollapsedItem.set(true);
    expect((await sidebarCollapsedItem.get()).value).toBe(true);
  });

  test('watchers see the new lists after a change', async () => {
    const seen: string[][] = [];
    const unwatch = preferencesItem.watch((p) => seen.push(p.mutedCategories));
    await muteCategory('scope_creep');
    unwatch();
    expect(seen).toEqual([['scope_creep']]);
  });
});

describe('preference helpers', () => {
  test('allowing a phrase ignores case duplicates and blanks', () => {
    const once = withAllowedPhrase(DEFAULT_PREFERENCES, 'ASAP');
    expect(withAllowedPhrase(once, 'asap').allowedPhrases).toEqual(['ASAP']);
    expect(withAllowedPhrase(once, '   ').allowedPhrases).toEqual(['ASAP']);
  });

  test('dismissals keep only the newest entries', () => {
    let prefs = DEFAULT_PREFERENCES;
    for (let i = 0; i < MAX_DISMISSED + 3; i++) prefs = withDismissed(prefs, `k${i}`);
    expect(prefs.dismissed).toHaveLength(MAX_DISMISSED);
    expect(prefs.dismissed[0]).toBe('k3');
  });

  test('a dismissal key ignores case and surrounding space of the evidence', () => {
    const a = dismissalKey('gmail::t1', { category: 'hostility', evidence: ' Total SCAM ' });
    const b = dismissalKey('gmail::t1', { category: 'hostility', evidence: 'total scam' });
    expect(a).toBe(b);
    expect(a).not.toBe(dismissalKey('gmail::t2', { category: 'hostility', evidence: 'total scam' }));
  });

  test('the engine gets the lists it understands and not the dismissals', () => {
    const prefs = withDismissed({ ...DEFAULT_PREFERENCES, mutedCategories: ['hostility'] }, 'k');
    expect(enginePreferences(prefs)).toEqual({ mutedCategories: ['hostility'], allowedPhrases: [], allowedSenders: [], extraPhrases: {} });
  });
});
