import { z } from 'zod';
import { defineValidatedItem } from './validated-item';
import { pruneRecords, recordKey, threadRecordSchema, upsertRecord, type ThreadRecord } from '../threads/record';

export const threadRecordsItem = defineValidatedItem('local:threadRecords', {
  schema: z.array(threadRecordSchema),
  fallback: () => [],
  version: 1,
});

export const retentionDaysItem = defineValidatedItem('local:retentionDays', {
  schema: z.number().int().min(1).max(365),
  fallback: () => 30,
  version: 1,
});

/** Records an analysed thread and prunes what is past the retention period. */
export async function recordThread(record: ThreadRecord, now = Date.now()): Promise<ThreadRecord[]> {
  const { value: days } = await retentionDaysItem.get();
  return threadRecordsItem.update((records) => pruneRecords(upsertRecord(records, record), now, days));
}

export async function setThreadState(
  key: string,
  change: Pick<ThreadRecord, 'handledAt' | 'snoozedUntil'>,
): Promise<ThreadRecord[]> {
  return threadRecordsItem.update((records) =>
    records.map((r) => (recordKey(r) === key ? { ...r, ...change } : r)),
  );
}
