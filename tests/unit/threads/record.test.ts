import { describe, expect, test } from 'vitest';
import {
  badgeText,
  pruneRecords,
  queue,
  recordKey,
  tomorrowMorning,
  upsertRecord,
  type ThreadRecord,
} from '../../../lib/threads/record';

const NOW = Date.UTC(2026, 10, 23, 12);
const DAY = 86_400_000;

function thread(over: Partial<ThreadRecord> & { threadId: string }): ThreadRecord {
  return {
    site: 'gmail',
    subject: `Subject ${over.threadId}`,
    sender: 'Gary Holt',
    priority: 'high',
    categories: ['payment_dispute'],
    findings: [],
    topEvidence: "I'm not paying",
    url: `https://mail.google.com/mail/u/0/#inbox/${over.threadId}`,
    seenAt: NOW,
    ...over,
  };
}

describe('thread records', () => {
  test('a re-analysed thread updates its record instead of adding another', () => {
    const first = upsertRecord([], thread({ threadId: 'a', priority: 'low' }));
    const second = upsertRecord(first, thread({ threadId: 'a', priority: 'high', subject: 'Updated' }));
    expect(second).toHaveLength(1);
    expect(second[0]).toMatchObject({ priority: 'high', subject: 'Updated' });
  });

  test('re-analysis keeps the handled and snoozed state the user set', () => {
    const handled = [thread({ threadId: 'a', handledAt: NOW - 5 })];
    expect(upsertRecord(handled, thread({ threadId: 'a' }))[0]?.handledAt).toBe(NOW - 5);
  });

  test('the same thread id on two sites or accounts is two records', () => {
    const records = [thread({ threadId: 'a' }), thread({ threadId: 'a', site: 'outlook' }), thread({ threadId: 'a', account: 'me@x.com' })];
    expect(new Set(records.map(recordKey)).size).toBe(3);
  });

  test('records older than the retention period are pruned', () => {
    const records = [thread({ threadId: 'old', seenAt: NOW - 31 * DAY }), thread({ threadId: 'new', seenAt: NOW - 29 * DAY })];
    expect(pruneRecords(records, NOW).map((r) => r.threadId)).toEqual(['new']);
    expect(pruneRecords(records, NOW, 7)).toEqual([]);
  });
});

describe('the triage queue', () => {
  const records = [
    thread({ threadId: 'low-new', priority: 'low', categories: ['urgency_pressure'], seenAt: NOW }),
    thread({ threadId: 'high-old', seenAt: NOW - 2 * DAY }),
    thread({ threadId: 'high-new', seenAt: NOW - DAY, site: 'outlook', sender: 'Priya Raman' }),
    thread({ threadId: 'calm', priority: 'none', categories: [] }),
    thread({ threadId: 'handled', handledAt: NOW - 1 }),
    thread({ threadId: 'snoozed', snoozedUntil: NOW + DAY }),
    thread({ threadId: 'snooze-over', snoozedUntil: NOW - 1, seenAt: NOW - 3 * DAY, priority: 'medium', categories: ['scope_creep'] }),
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
