import { describe, expect, test } from 'vitest';
import { splitMbox, type MboxMessage } from '../../../lib/cli/mbox';

async function split(chunks: string[] | Buffer[], maxBytes?: number): Promise<MboxMessage[]> {
  const buffers = chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c));
  const messages: MboxMessage[] = [];
  for await (const m of splitMbox(buffers, maxBytes)) messages.push(m);
  return messages;
}

const bodies = (messages: MboxMessage[]) => messages.map((m) => ('raw' in m ? m.raw.toString('utf8') : 'TOO LARGE'));

const MBOX = [
  'From a@example.com Mon Jan  1 00:00:00 2026\n',
  'Subject: one\n\nfirst body\n\n',
  'From b@example.com Mon Jan  1 00:00:01 2026\n',
  'Subject: two\n\nsecond body\n',
].join('');

describe('splitMbox', () => {
  test('splits on "From " lines and drops the envelope line', async () => {
    expect(bodies(await split([MBOX]))).toEqual(['Subject: one\n\nfirst body\n\n', 'Subject: two\n\nsecond body\n']);
  });

  test('numbers messages from 1 in file order', async () => {
    expect((await split([MBOX])).map((m) => m.index)).toEqual([1, 2]);
  });

  test('gives the same messages however the bytes are chunked, even mid-line and mid-"From "', async () => {
    const whole = bodies(await split([MBOX]));
    for (const size of [1, 2, 3, 5, 7, 13, 64]) {
      const chunks: Buffer[] = [];
      const bytes = Buffer.from(MBOX);
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      expect(bodies(await split(chunks)), `chunks of ${size} bytes`).toEqual(whole);
    }
  });

  test('unescapes ">From " and takes only one ">" off ">>From "', async () => {
    const [message] = await split(['From x\nSubject: s\n\n>From here on\n>>From the top\n> From a quote\n']);
    expect(bodies([message!])).toEqual(['Subject: s\n\nFrom here on\n>From the top\n> From a quote\n']);
  });

  test('does not split on "From" inside a line or without its space', async () => {
    const messages = await split(['From x\nSubject: s\n\nWe heard From you. From:me\nFromage\n']);
    expect(messages).toHaveLength(1);
  });

  test('keeps CRLF line endings and still sees the envelope lines', async () => {
    const messages = await split(['From a\r\nSubject: one\r\n\r\nbody\r\nFrom b\r\nSubject: two\r\n']);
    expect(bodies(messages)).toEqual(['Subject: one\r\n\r\nbody\r\n', 'Subject: two\r\n']);
  });

  test('reads a message with no final newline', async () => {
    expect(bodies(await split(['From a\nSubject: end'])).at(-1)).toBe('Subject: end');
  });

  test('treats text before the first envelope line as a message unless it is blank', async () => {
    expect(bodies(await split(['Subject: lone\n\nbody\n']))).toEqual(['Subject: lone\n\nbody\n']);
    expect(bodies(await split(['\n  \nFrom a\nSubject: s\n']))).toEqual(['Subject: s\n']);
  });

  test('yields nothing for an empty file', async () => {
    expect(await split([])).toEqual([]);
    expect(await split([''])).toEqual([]);
  });

  test('passes binary bytes through untouched', async () => {
    const binary = Buffer.from([0x00, 0xff, 0xfe, 0x0a, 0x80, 0x0d, 0x0a]);
    const [message] = await split([Buffer.from('From a\n'), binary]);
    expect('raw' in message! && message.raw.equals(binary)).toBe(true);
  });

  test('reports a message over the size limit instead of holding it, and goes on', async () => {
    const big = 'x'.repeat(100) + '\n';
    const messages = await split(['From a\n', big, big, 'From b\nSubject: small\n'], 150);
    expect(messages[0]).toEqual({ index: 1, tooLarge: true, bytes: 202 });
    expect(bodies(messages.slice(1))).toEqual(['Subject: small\n']);
  });
});
