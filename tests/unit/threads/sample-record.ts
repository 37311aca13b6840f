import type { ThreadRecord } from '../../../lib/threads/record';

export const SAMPLE_NOW = Date.UTC(2026, 10, 23, 12);

/** A valid high-priority Gmail thread record; tests override what they are about. */
export function sampleRecord(threadId: string, over: Partial<ThreadRecord> = {}): ThreadRecord {
  return {
    site: 'gmail',
    threadId,
    subject: `Subject ${threadId}`,
    sender: 'Gary Holt',
    priority: 'high',
    categories: ['payment_dispute'],
    findings: [{ category: 'payment_dispute', evidence: "I'm not paying", explanation: 'Refuses payment.', confidence: 0.9 }],
    topEvidence: "I'm not paying",
    url: `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
    seenAt: SAMPLE_NOW,
    ...over,
  };
}
