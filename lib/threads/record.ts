import { z } from 'zod';
import { CATEGORY_IDS, priorityRank, type CategoryId, type Priority } from '../engine/categories';

const priority = z.enum(['high', 'medium', 'low', 'none']);
const category = z.enum(CATEGORY_IDS as [CategoryId, ...CategoryId[]]);

export const threadFindingSchema = z.object({
  category,
  evidence: z.string(),
  explanation: z.string(),
  confidence: z.number(),
});

/** What the popup keeps of one analysed thread: enough to list, filter and reply, no full bodies. */
export const threadRecordSchema = z.object({
  site: z.enum(['gmail', 'outlook']),
  account: z.string().optional(),
  threadId: z.string().min(1),
  subject: z.string(),
  sender: z.string(),
  senderEmail: z.string().optional(),
  priority,
  categories: z.array(category),
  findings: z.array(threadFindingSchema),
  topEvidence: z.string(),
  url: z.string(),
  seenAt: z.number(),
  handledAt: z.number().optional(),
  snoozedUntil: z.number().optional(),
});

export type ThreadRecord = z.infer<typeof threadRecordSchema>;
export type SiteName = ThreadRecord['site'];

export const DEFAULT_RETENTION_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

/** One thread is one record, whichever tab or visit analysed it. */
export function recordKey(r: Pick<ThreadRecord, 'site' | 'account' | 'threadId'>): string {
  return `${r.site}:${r.account ?? ''}:${r.threadId}`;
}

/** Adds or refreshes a thread; a re-analysed thread keeps the user's handled/snoozed state. */
export function upsertRecord(records: readonly ThreadRecord[], next: ThreadRecord): ThreadRecord[] {
  const key = recordKey(next);
  const existing = records.find((r) => recordKey(r) === key);
  if (!existing) return [...records, next];
  const merged = { ...next, handledAt: existing.handledAt, snoozedUntil: existing.snoozedUntil };
  return records.map((r) => (r === existing ? merged : r));
}

export function pruneRecords(records: readonly ThreadRecord[], now: number, retentionDays = DEFAULT_RETENTION_DAYS) {
  return records.filter((r) => now - r.seenAt <= retentionDays * DAY);
}

export interface QueueFilter {
  priorities?: readonly Priority[];
  category?: CategoryId;
  site?: SiteName;
  search?: string;
  /** Handled and snoozed threads are hidden unless asked for. */
  includeHandled?: boolean;
}

/** The triage queue: open flagged threads, highest priority first, newest first within a level. */
export function queue(records: readonly ThreadRecord[], filter: QueueFilter, now: number): ThreadRecord[] {
  const needle = filter.search?.trim().toLowerCase() ?? '';
  return records
    .filter((r) => r.priority !== 'none')
    .filter((r) => filter.includeHandled || (!r.handledAt && !(r.snoozedUntil && r.snoozedUntil > now)))
    .filter((r) => !filter.priorities?.length || filter.priorities.includes(r.priority))
    .filter((r) => !filter.category || r.categories.includes(filter.category))
    .filter((r) => !filter.site || r.site === filter.site)
    .filter((r) => !needle || `${r.subject}\n${r.sender}\n${r.senderEmail ?? ''}`.toLowerCase().includes(needle))
    .sort((a, b) => priorityRank(b.priority) - priorityRank(a.priority) || b.seenAt - a.seenAt);
}

/** The toolbar badge: open high-priority threads, or nothing when there are none. */
export function badgeText(records: readonly ThreadRecord[], now: number): string {
  const open = queue(records, { priorities: ['high'] }, now).length;
  return open ? String(open) : '';
}

/** The start of the next day in the user's local time: "snooze until tomorrow". */
export function tomorrowMorning(now: number): number {
  const d = new Date(now);
  d.setHours(24, 0, 0, 0);
  return d.getTime();
}
