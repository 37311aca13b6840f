import type { Worker } from '@playwright/test';
import type { ThreadRecord } from '../../lib/threads/record';
import { seedStorage } from './extension';

// The part of the extension API the popup tests read inside the worker (evaluated there, typed here).
declare const chrome: { action: { getBadgeText(details: object): Promise<string> } };

/** A valid stored thread record: what the worker would have kept of one analysed thread. */
export function threadRecord(threadId: string, over: Partial<ThreadRecord> = {}): ThreadRecord {
  return {
    site: 'gmail',
    threadId,
    subject: `Invoice question ${threadId}`,
    sender: 'Gary Holt',
    senderEmail: 'gary@holt-logistics.example',
    priority: 'high',
    categories: ['payment_dispute'],
    findings: [
      {
        category: 'payment_dispute',
        evidence: "I'm not paying this invoice",
        explanation: 'The client refuses or delays payment.',
        confidence: 0.9,
      },
    ],
    topEvidence: "I'm not paying this invoice",
    url: `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
    seenAt: Date.now() - 5 * 60_000,
    ...over,
  };
}

/** Stores the records where the popup reads them (`local:threadRecords`). */
export async function seedThreadRecords(worker: Worker, records: ThreadRecord[]): Promise<void> {
  await seedStorage(worker, { threadRecords: records });
}

/** The toolbar badge as Chrome shows it. */
export async function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}
