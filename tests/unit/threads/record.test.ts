import { describe, expect, test } from 'vitest';
import {
  badgeText,
  pruneRecords,
  queue,
  recordKey,
  tomorrowMorning,
  upsertRecord,
} from '../../../lib/threads/record';
import { SAMPLE_NOW, sampleRecord } from './sample-record';

const NOW = SAMPLE_NOW;
const DAY = 86_400_000;


describe('thread records', () => {
  test('a re-analysed thread updates its record instead of adding another', () => {
    const first = upsertRecord([], sampleRecord('a', { priority: 'low' }));
    const second = upsertRecord(first, sampleRecord('a', { priority: 'high', subject: 'Updated' }));
    expect(second).toHaveLength(1);
    expect(second[0]).toMatchObject({ priority: 'high', subject: 'Updated' });
  });

  test('re-analysis keeps the handled and snoozed state the user set', () => {
    const handled = [sampleRecord('a', { handledAt: NOW - 5 })];
    expect(upsertRecord(handled, sampleRecord('a'))[0]?.handledAt).toBe(NOW - 5);
  });

  test('the same thread id on two sites or accounts is two records', () => {
    const records = [sampleRecord('a'), sampleRecord('a', { site: 'outlook' }), sampleRecord('a', { account: 'me@x.com' })];
    expect(new Set(records.map(recordKey)).size).toBe(3);
  });

  test('records older than the retention period are pruned', () => {
    const records = [sampleRecord('old', { seenAt: NOW - 31 * DAY }), sampleRecord('new', { seenAt: NOW - 29 * DAY })];
    expect(pruneRecords(records, NOW).map((r) => r.threadId)).toEqual(['new']);
    expect(pruneRecords(records, NOW, 7)).toEqual([]);
  });
});

describe('the triage queue', () => {
  const records = [
    sampleRecord('low-new', { priority: 'low', categories: ['urgency_pressure'], seenAt: NOW }),
    sampleRecord('high-old', { seenAt: NOW - 2 * DAY }),
    sampleRecord('high-new', { seenAt: NOW - DAY, site: 'outlook', sender: 'Priya Raman' }),
    sampleRecord('calm', { priority: 'none', categories: [] }),
    sampleRecord('handled', { handledAt: NOW - 1 }),
    sampleRecord('snoozed', { snoozedUntil: NOW + DAY }),
    sampleRecord('snooze-over', { snoozedUntil: NOW - 1, seenAt: NOW - 3 * DAY, priority: 'medium', categories: ['scope_creep'] }),
  ];
  const ids = (filter: Parameters<typeof queue>[1]) => queue(records, filter, NOW).map((r) => r.threadId);

  test('lists open flagged threads by priority, then newest first', () => {
    expect(ids({})).toEqual(['high-new', 'high-old', 'snooze-over', 'low-new']);
  });

  test('filters by priority, category, site and search text', () => {
    expect(ids({ priorities: ['low', 'medium'] })).toEqual(['snooze-over', 'low-new']);
    expect(ids({ category: 'scope_creep' })).toEqual(['snooze-over']);
    expect(ids({ site: 'outlook' })).toEqual(['high-new']);
    expect(ids({ search: 'priya' })).toEqual(['high-new']);
    expect(ids({ search: 'SUBJECT LOW' })).toEqual(['low-new']);
  });

  test('can show handled and snoozed threads again', () => {
    expect(ids({ includeHandled: true })).toContain('handled');
    expect(ids({ includeHandled: true })).toContain('snoozed');
  });

  test('the badge counts open high-priority threads and is empty at zero', () => {
    expect(badgeText(records, NOW)).toBe('2');
    expect(badgeText(records.filter((r) => r.priority !== 'high'), NOW)).toBe('');
  });

  test('snoozing until tomorrow ends at the next local midnight', () => {
    const until = tomorrowMorning(NOW);
    expect(until).toBeGreaterThan(NOW);
    expect(until - NOW).toBeLessThanOrEqual(DAY);
    expect(new Date(until).getHours()).toBe(0);
  });
});
