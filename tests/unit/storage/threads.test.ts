import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { defineValidatedItem } from '../../../lib/storage/validated-item';
import { recordThread, retentionDaysItem, setThreadState, threadRecordsItem } from '../../../lib/storage/threads';
import { recordKey } from '../../../lib/threads/record';
import { SAMPLE_NOW, sampleRecord } from '../threads/sample-record';

const NOW = SAMPLE_NOW;

const record = (threadId: string, seenAt = NOW) => sampleRecord(threadId, { seenAt });

beforeEach(() => fakeBrowser.reset());

describe('stored thread records', () => {
  test('recording inserts, then updates the same thread', async () => {
    await recordThread(record('a'), NOW);
    await recordThread({ ...record('a'), priority: 'low' }, NOW);
    const { value } = await threadRecordsItem.get();
    expect(value).toHaveLength(1);
    expect(value[0]?.priority).toBe('low');
  });

  test('recording prunes threads past the retention setting', async () => {
    await retentionDaysItem.set(7);
    await recordThread(record('old', NOW - 8 * 86_400_000), NOW - 8 * 86_400_000);
    await recordThread(record('new'), NOW);
    expect((await threadRecordsItem.get()).value.map((r) => r.threadId)).toEqual(['new']);
  });

  test('handled state is stored and can be undone', async () => {
    await recordThread(record('a'), NOW);
    const key = recordKey(record('a'));
    await setThreadState(key, { handledAt: NOW });
    expect((await threadRecordsItem.get()).value[0]?.handledAt).toBe(NOW);
    await setThreadState(key, { handledAt: undefined });
    expect((await threadRecordsItem.get()).value[0]?.handledAt).toBeUndefined();
  });

  test('a corrupt stored value is reported, backed up and replaced, not trusted', async () => {
    await storage.setItem('local:threadRecords', [{ threadId: 42 }]);
    const read = await threadRecordsItem.get();
    expect(read.value).toEqual([]);
    expect(read.problem).toMatch(/threadRecords was unreadable/);
    expect(await storage.getItem('local:threadRecords:corrupt-backup')).toEqual([{ threadId: 42 }]);
    expect(await storage.getItem('local:threadRecords')).toEqual([]);
  });
});

describe('a versioned validated item', () => {
  test('migrates an older stored shape before validating it', async () => {
    await storage.setItem('local:sample', { name: 'old' });
    await storage.setMeta('local:sample', { v: 1 });
    const item = defineValidatedItem('local:sample', {
      schema: z.object({ title: z.string() }),
      fallback: () => ({ title: '' }),
      version: 2,
      migrations: { 2: (old: { name: string }) => ({ title: old.name }) },
    });
    expect(await item.get()).toEqual({ value: { title: 'old' } });
  });
});
