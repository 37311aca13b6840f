import { describe, expect, test } from 'vitest';
import { analyzeMessage, type UserPreferences } from '../../../lib/engine';
import { expectValidMessageResult } from './check-result';

const THREAT = 'We want to cancel our contract effective immediately.';
const analyse = (text: string, preferences: UserPreferences) => {
  const result = analyzeMessage({ text }, { preferences });
  expectValidMessageResult(result);
  return result;
};
const categoriesOf = (text: string, preferences: UserPreferences = {}) => analyse(text, preferences).categories;

describe('extra phrases', () => {
  const preferences: UserPreferences = { extraPhrases: { scope_creep: ['  Zorble Plan '] } };

  test('flag every occurrence, whatever the case, with the text as written as evidence', () => {
    const result = analyse('The zorble plan grew. Then the ZORBLE PLAN grew again.', preferences);
    const found = result.findings.filter((f) => f.category === 'scope_creep');
    expect(found.map((f) => f.evidence)).toEqual(['zorble plan', 'ZORBLE PLAN']);
    expect(result.priority).toBe('medium');
  });

  test('are sure findings that say they come from the user', () => {
    const [finding] = analyse('About the zorble plan.', preferences).findings.filter((f) => f.category === 'scope_creep');
    expect(finding!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(finding!.explanation).toContain('Zorble Plan');
  });

  test('a blank phrase matches nothing', () => {
    expect(analyse('Any text at all.', { extraPhrases: { hostility: ['', '   '] } }).findings).toEqual([]);
  });
});

describe('muted categories', () => {
  test('hide a category the rules found', () => {
    expect(categoriesOf(THREAT)).toContain('cancellation_threat');
    expect(categoriesOf(THREAT, { mutedCategories: ['cancellation_threat'] })).not.toContain('cancellation_threat');
  });

  test('hide the user’s own phrases of that category too, and leave the others', () => {
    const preferences: UserPreferences = {
      mutedCategories: ['scope_creep'],
      extraPhrases: { scope_creep: ['zorble'], schedule_disruption: ['quibbleflux'] },
    };
    const categories = categoriesOf('The zorble and the quibbleflux.', preferences);
    expect(categories).not.toContain('scope_creep');
    expect(categories).toContain('schedule_disruption');
  });
});

describe('allowed phrases', () => {
  test('hide a finding whose evidence holds the phrase, whatever the case', () => {
    const found = analyse(THREAT, {}).findings.find((f) => f.category === 'cancellation_threat')!;
    const allowed = found.evidence.toUpperCase();
    expect(categoriesOf(THREAT, { allowedPhrases: [allowed] })).not.toContain('cancellation_threat');
  });

  test('hide the user’s own phrases too', () => {
    const preferences: UserPreferences = { extraPhrases: { hostility: ['zorble'] }, allowedPhrases: ['the zorble'] };
    expect(categoriesOf('Mind the zorble.', preferences)).not.toContain('hostility');
  });

  test('leave findings alone when the phrase is not in their evidence', () => {
    expect(categoriesOf(THREAT, { allowedPhrases: ['garden plan'] })).toContain('cancellation_threat');
  });

  test('a blank allowed phrase hides nothing', () => {
    expect(categoriesOf(THREAT, { allowedPhrases: ['', '  '] })).toContain('cancellation_threat');
  });
});

describe('allowed senders', () => {
  const from = (sender: string, allowedSenders: string[]) =>
    analyzeMessage({ from: sender, text: THREAT }, { preferences: { allowedSenders } });

  test('mail from an allowed address is not flagged, and its text is still returned', () => {
    const result = from('Dana Whitfield <Dana@Client.example>', ['dana@client.example']);
    expect(result.findings).toEqual([]);
    expect(result.priority).toBe('none');
    expect(result.text).toBe(THREAT);
  });

  test('"@domain" allows everyone at that domain and nobody elsewhere', () => {
    expect(from('ops@client.example', ['@client.example']).findings).toEqual([]);
    expect(from('ops@notclient.example.org', ['@client.example']).categories).toContain('cancellation_threat');
  });

  test('other senders, and mail without a sender, are flagged as usual', () => {
    expect(from('someone@else.example', ['dana@client.example']).categories).toContain('cancellation_threat');
    expect(analyzeMessage({ text: THREAT }, { preferences: { allowedSenders: ['dana@client.example'] } }).categories).toContain('cancellation_threat');
  });
});
