import { describe, expect, test } from 'vitest';
import { senderLine, threadOrigin, threadSignature, toEngineMessages } from '../../../lib/content/thread-payload';
import type { ThreadMessageView, ThreadView } from '../../../lib/sites/mail-site';

const message = (id: string, html: string, extra: Partial<ThreadMessageView> = {}): ThreadMessageView =>
  ({ id, html, collapsed: false, bodyElement: null, element: null as never, ...extra }) as ThreadMessageView;

const thread = (messages: ThreadMessageView[]): ThreadView => ({ threadId: 't1', subject: 'Invoice #2047', messages });

describe('thread payload', () => {
  test('the signature changes with a new message, an expanded message or another thread', () => {
    const base = thread([message('a', '<p>Hi</p>')]);
    const sig = threadSignature(base);
    expect(threadSignature(thread([message('a', '<p>Hi</p>')]))).toBe(sig);
    expect(threadSignature(thread([message('a', '<p>Hi</p>'), message('b', 'x')]))).not.toBe(sig);
    expect(threadSignature(thread([message('a', '<p>Hi</p>', { collapsed: true })]))).not.toBe(sig);
    expect(threadSignature({ ...base, threadId: 't2' })).not.toBe(sig);
  });

  test('each message becomes text with its subject, sender and date, in page order', () => {
    const messages = toEngineMessages(
      thread([
        message('a', '<p>Pay <b>now</b></p>', { senderName: 'Derek', senderEmail: 'derek@x.example', date: 'Nov 9' }),
        message('b', '', { collapsed: true }),
      ]),
      (html) => html.replace(/<[^>]+>/g, ''),
    );
    expect(messages).toEqual([
      { subject: 'Invoice #2047', from: 'Derek <derek@x.example>', date: 'Nov 9', text: 'Pay now' },
      { subject: 'Invoice #2047', from: '', date: undefined, text: '' },
    ]);
  });

  test('the sender line uses what the page shows', () => {
    expect(senderLine({ senderName: 'Derek' })).toBe('Derek');
    expect(senderLine({ senderEmail: 'derek@x.example' })).toBe('derek@x.example');
  });

  test('the origin names the newest message sender for the popup', () => {
    const origin = threadOrigin(
      'gmail',
      'me@x.example',
      thread([message('a', 'x', { senderName: 'Me' }), message('b', 'y', { senderName: 'Derek', senderEmail: 'd@x.example' })]),
      'https://mail.google.com/mail/u/0/#inbox/t1',
    );
    expect(origin).toEqual({
      site: 'gmail',
      account: 'me@x.example',
      threadId: 't1',
      subject: 'Invoice #2047',
      sender: 'Derek',
      senderEmail: 'd@x.example',
      url: 'https://mail.google.com/mail/u/0/#inbox/t1',
    });
  });
});
