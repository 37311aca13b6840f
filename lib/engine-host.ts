import { z } from 'zod';
import { analyzeMessage } from './engine';
import type { ThreadResult, UserPreferences } from './engine/types';
import type { EngineRequest, InboxRowText, RowPriority, ThreadOrigin } from './messaging';
import { threadRecordSchema, type ThreadRecord } from './threads/record';

// Only content scripts can message the worker, but what they send came from a web page's DOM:
// the shape is checked before the engine sees it.
const text = z.string().max(200_000);
const requestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('analyze-thread'),
    // Where the thread was read: the popup's record is built from it, so it is checked as one.
    origin: threadRecordSchema.pick({
      site: true,
      account: true,
      threadId: true,
      subject: true,
      sender: true,
      senderEmail: true,
      url: true,
    }),
    messages: z
      .array(z.object({ subject: z.string(), from: z.string(), date: z.string().optional(), text }))
      .max(500),
  }),
  z.object({
    type: z.literal('triage-rows'),
    rows: z.array(z.object({ id: z.string(), subject: z.string(), snippet: z.string() })).max(1000),
  }),
]);

export function parseEngineRequest(message: unknown): EngineRequest | undefined {
  const parsed = requestSchema.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}

/** The inbox list's chips: each row's subject and snippet read as one short message. */
export function triageRows(rows: readonly InboxRowText[], preferences: UserPreferences): RowPriority[] {
  return rows.map((row) => ({
    id: row.id,
    // The subject is a paragraph of its own, so it never runs into the snippet's first sentence.
    priority: analyzeMessage({ subject: row.subject, text: `${row.subject}\n\n${row.snippet}` }, { preferences }).priority,
  }));
}

/** What the popup's queue keeps of an analysed thread: the findings, never the message bodies. */
export function toThreadRecord(origin: ThreadOrigin, result: ThreadResult, seenAt: number): ThreadRecord {
  const findings = [...result.messages.flatMap((m) => m.findings), ...result.threadFindings]
    .sort((a, b) => b.confidence - a.confidence)
    .map(({ category, evidence, explanation, confidence }) => ({ category, evidence, explanation, confidence }));
  const top = findings.find((f) => f.category !== 'appreciation') ?? findings[0];
  return {
    ...origin,
    priority: result.priority,
    categories: result.categories,
    findings,
    topEvidence: top?.evidence ?? '',
    seenAt,
  };
}
