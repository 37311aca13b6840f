import { describe, expect, test } from 'vitest';
import { parseMail } from '../../../lib/cli/mail';
import { salvageId } from '../../../lib/cli/read-jsonl';
import { formatOf } from '../../../lib/cli/readers';

describe('formatOf', () => {
  test.each([
    ['a.eml', 'eml'],
    ['Inbox.MBOX', 'mbox'],
    ['x.mbx', 'mbox'],
    ['corpus.jsonl', 'jsonl'],
    ['corpus.ndjson', 'jsonl'],
    ['notes.txt', undefined],
    ['Inbox', undefined],
  ])('reads %s as %s', (file, format) => {
    expect(formatOf(file)).toBe(format);
  });

  test('lets --format win over the extension', () => {
    expect(formatOf('Inbox', 'mbox')).toBe('mbox');
  });
});

describe('salvageId', () => {
  test.each([
    ['{"id": "m-7", "body": "cut', 'm-7'],
    ['{"id":12,"body":', 12],
    ['{"id": "quote \\" inside", "body"', 'quote " inside'],
    ['{"body": "no id"', undefined],
    ['garbage', undefined],
  ])('from %s gets %j', (line, id) => {
    expect(salvageId(line)).toBe(id);
  });
});

describe('parseMail', () => {
  const mail = (s: string) => parseMail(Buffer.from(s));

  test('reads headers, strips the Message-ID brackets and formats the sender', async () => {
    const parsed = await mail('Message-ID: <a@b>\nFrom: "Ann Lee" <ann@x.example>\nSubject: Hi\nDate: Tue, 3 Mar 2026 10:00:00 +0000\n\nHello');
    expect(parsed).toMatchObject({
      messageId: 'a@b',
      from: 'Ann Lee <ann@x.example>',
      subject: 'Hi',
      date: '2026-03-03T10:00:00.000Z',
      text: 'Hello\n',
    });
  });

  test('passes the HTML on when there is no text part', async () => {
    const parsed = await mail('From: a@x.example\nContent-Type: text/html\n\n<p>Hi</p>');
    expect(parsed.text).toBeUndefined();
    expect(parsed.html).toContain('<p>Hi</p>');
  });

  test('refuses binary data', async () => {
    await expect(parseMail(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x0a]))).rejects.toThrow('binary data');
  });

  test('refuses text with no header lines', async () => {
    await expect(mail('just a note\nwith no headers\n')).rejects.toThrow('no mail headers');
  });
});
