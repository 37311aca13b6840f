import { describe, expect, test } from 'vitest';
import { analyzeThread } from '../../lib/engine';
import { parseEngineRequest, toThreadRecord, triageRows } from '../../lib/engine-host';
import type { ThreadOrigin } from '../../lib/messaging';
import { threadRecordSchema } from '../../lib/threads/record';

const origin: ThreadOrigin = {
  site: 'gmail',
  account: 'sam@x.example',
  threadId: '18f2b7c3a9d4e501',
  subject: 'Re: Invoice #2047',
  sender: 'Derek Hollis',
  senderEmail: 'derek@x.example',
  url: 'https://mail.google.com/mail/u/0/#inbox/18f2b7c3a9d4e501',
};

describe('requests from the content script', () => {
  test('a well-formed thread request is accepted as sent', () => {
    const request = { type: 'analyze-thread', origin, messages: [{ subject: 's', from: 'Derek', text: 'Hi' }] };
    expect(parseEngineRequest(request)).toEqual(request);
  });

  test.each([
    ['an unknown type', { type: 'run-anything', rows: [] }],
    ['a thread without an id', { type: 'analyze-thread', origin: { ...origin, threadId: '' }, messages: [] }],
    ['a message body that is not text', { type: 'analyze-thread', origin, messages: [{ subject: 's', from: 'f', text: 42 }] }],
    ['rows without ids', { type: 'triage-rows', rows: [{ subject: 's', snippet: 'x' }] }],
    ['nothing at all', undefined],
  ])('rejects %s', (_, message) => {
    expect(parseEngineRequest(message)).toBeUndefined();
  });
});

describe('inbox rows', () => {
  test('flags a row by its subject and snippet, and respects muted categories', () => {
    const rows = [
      { id: 'a', subject: 'Invoice #2047', snippet: "If this slips again we'll take our business elsewhere." },
      { id: 'b', subject: 'Lunch next week?', snippet: 'Free on Wednesday?' },
    ];
    expect(triageRows(rows, {})).toEqual([
      { id: 'a', priority: 'high' },
      { id: 'b', priority: 'none' },
    ]);
    expect(triageRows(rows, { mutedCategories: ['cancellation_threat'] })[0]).toEqual({ id: 'a', priority: 'none' });
  });
});

describe('the popup record of an analysed thread', () => {
  test('keeps the findings, surest first, and never the message text', () => {
    const body = "If this slips again we'll take our business elsewhere.";
    const result = analyzeThread([{ from: 'Derek <derek@x.example>', text: body }]);
    const record = toThreadRecord(origin, result, 1_700_000_000_000);
    expect(threadRecordSchema.parse(record)).toEqual(record);
    expect(record).toMatchObject({ ...origin, priority: 'high', seenAt: 1_700_000_000_000 });
    expect(record.categories).toContain('cancellation_threat');
    expect(record.topEvidence).toMatch(/business elsewhere/);
    expect(JSON.stringify(record)).not.toContain('If this slips again');
  });
});
