// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { gmailSite } from '../../../lib/sites/gmail/adapter';
import type { ThreadView } from '../../../lib/sites/mail-site';
import { loadFixturePage } from './load-fixture';

const INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const DIFFICULT = '18f2b7c3a9d4e501';
const LONG = '18f1e2d3c4b5a621';
const BROKEN = '18f35b6c7d8e9f31';

async function openThread(threadId: string): Promise<ThreadView> {
  await loadFixturePage('gmail-2026-11.html', `${INBOX}/${threadId}`);
  const read = gmailSite.readThread(document);
  if (read.kind !== 'thread') throw new Error(`expected a thread, got ${JSON.stringify(read)}`);
  return read.thread;
}

describe('the Gmail adapter on the 2026-11 fixture', () => {
  test('reads the difficult thread: id, subject and every message with sender, date and state', async () => {
    const thread = await openThread(DIFFICULT);
    expect(thread.threadId).toBe(DIFFICULT);
    expect(thread.subject).toBe('Re: Invoice #2047 - website redesign');
    expect(thread.messages.map((m) => [m.id, m.senderName, m.senderEmail, m.collapsed])).toEqual([
      ['18f2b7c3a9d4e501', 'Sam Rivera', 'sam.rivera.studio@gmail.com', true],
      ['18f2c0d17e3a6b02', 'Derek Hollis', 'derek@hollisroofing.com', false],
      ['18f2c4aa01b95c03', 'Sam Rivera', 'sam.rivera.studio@gmail.com', false],
      ['18f2d9e6c4f07d04', 'Derek Hollis', 'derek@hollisroofing.com', false],
    ]);
    expect(thread.messages[3]?.date).toBe('Thu, Nov 19, 2026, 11:37 PM');
  });

  test('reads expanded bodies with their quotes and signatures, and only the snippet of a collapsed message', async () => {
    const [collapsed, refusal, , threat] = (await openThread(DIFFICULT)).messages;
    expect(collapsed?.html).toContain('Please find attached invoice #2047');
    expect(collapsed?.bodyElement?.textContent).toContain('invoice #2047');
    expect(collapsed?.html).not.toContain('Thanks again for the project');
    expect(refusal?.html).toContain("I'm not paying this invoice");
    expect(refusal?.html).toContain('gmail_quote');
    expect(threat?.html).toContain('one-star review');
    expect(threat?.html).toContain('Hollis Roofing');
    expect(threat?.bodyElement?.matches('div.a3s')).toBe(true);
    expect(threat?.element.contains(threat?.bodyElement)).toBe(true);
  });

  test('reads all 50 messages of a long thread, collapsed ones included', async () => {
    const thread = await openThread(LONG);
    expect(thread.messages).toHaveLength(50);
    expect(thread.messages.filter((m) => m.collapsed)).toHaveLength(45);
    expect(new Set(thread.messages.map((m) => m.id)).size).toBe(50);
    expect(thread.messages.every((m) => m.html !== '')).toBe(true);
  });

  test('reports a thread whose messages have no bodies as unreadable instead of throwing', async () => {
    await loadFixturePage('gmail-2026-11.html', `${INBOX}/${BROKEN}`);
    const read = gmailSite.readThread(document);
    expect(read.kind).toBe('unreadable');
    expect(read.kind === 'unreadable' && read.reason).toMatch(/body|snippet/);
  });

  test('reports an open thread URL with nothing rendered as unreadable', async () => {
    await loadFixturePage('gmail-2026-11.html', `${INBOX}/ffffffffffffffff`);
    expect(gmailSite.readThread(document).kind).toBe('unreadable');
  });

  test('sees no thread on the inbox list', async () => {
    await loadFixturePage('gmail-2026-11.html', INBOX);
    expect(gmailSite.readThread(document)).toEqual({ kind: 'none' });
    expect(gmailSite.sidebarAnchor(document)).toBeNull();
  });

  test('reads the inbox rows: thread id, subject, snippet, sender and a chip anchor inside the row', async () => {
    await loadFixturePage('gmail-2026-11.html', INBOX);
    const rows = gmailSite.readInboxRows(document);
    expect(rows).toHaveLength(7);
    const invoice = rows.find((row) => row.id === DIFFICULT);
    expect(invoice).toMatchObject({ subject: 'Re: Invoice #2047 - website redesign', sender: 'Derek Hollis' });
    expect(invoice?.snippet).toMatch(/^Third email - still waiting/);
    expect(rows.map((row) => row.subject)).toContain("I'm not paying this invoice");
    for (const row of rows) {
      expect(row.subject).not.toBe('');
      expect(row.snippet).not.toBe('');
      expect(row.element.matches('tr.zA')).toBe(true);
      expect(row.element.contains(row.chipAnchor)).toBe(true);
    }
  });

  test('row ids open the same thread the reader reports', async () => {
    await loadFixturePage('gmail-2026-11.html', INBOX);
    for (const row of gmailSite.readInboxRows(document)) {
      await loadFixturePage('gmail-2026-11.html', `${INBOX}/${row.id}`);
      const read = gmailSite.readThread(document);
      expect(read.kind === 'thread' ? read.thread.threadId : read.kind).toBe(row.id === BROKEN ? 'unreadable' : row.id);
    }
  });

  test('docks the sidebar beside the main column of an open thread', async () => {
    await openThread(DIFFICULT);
    expect(gmailSite.sidebarAnchor(document)?.getAttribute('role')).toBe('main');
  });

  test('finds the signed-in account', async () => {
    await loadFixturePage('gmail-2026-11.html', INBOX);
    expect(gmailSite.account(document)).toBe('sam.rivera.studio@gmail.com');
    document.title = 'Gmail';
    expect(gmailSite.account(document)).toBe('sam.rivera.studio@gmail.com');
  });

  test('builds a thread link in the same mailbox', async () => {
    await loadFixturePage('gmail-2026-11.html', 'https://mail.google.com/mail/u/1/#inbox');
    expect(gmailSite.threadUrl(location, DIFFICULT)).toBe(`https://mail.google.com/mail/u/1/#inbox/${DIFFICULT}`);
  });
});

describe('opening the Gmail reply editor', () => {
  test("clicks the thread's Reply and resolves with the editor once it appears", async () => {
    await openThread(DIFFICULT);
    expect(document.querySelector('[contenteditable=true]')).toBeNull();
    const editor = await gmailSite.openReplyEditor(document, { timeoutMs: 2000 });
    expect(editor?.getAttribute('contenteditable')).toBe('true');
    expect(editor?.getAttribute('role')).toBe('textbox');
    expect(editor?.querySelector('.gmail_signature')).not.toBeNull();
    expect(editor?.querySelector('.gmail_quote')?.textContent).toContain('one-star review');
  });

  test('returns an editor that is already open without opening a second one', async () => {
    await openThread(DIFFICULT);
    const first = await gmailSite.openReplyEditor(document);
    const second = await gmailSite.openReplyEditor(document);
    expect(second).toBe(first);
    expect(document.querySelectorAll('[role=textbox]')).toHaveLength(1);
  });

  test('resolves null when there is no reply action', async () => {
    await loadFixturePage('gmail-2026-11.html', INBOX);
    expect(await gmailSite.openReplyEditor(document, { timeoutMs: 50 })).toBeNull();
  });

  test('resolves null after the timeout when the editor never appears', async () => {
    await openThread(DIFFICULT);
    const siteIgnoresClicks = new AbortController();
    document.addEventListener('click', (event) => event.stopPropagation(), { capture: true, signal: siteIgnoresClicks.signal });
    const started = Date.now();
    const editor = await gmailSite.openReplyEditor(document, { timeoutMs: 150 });
    siteIgnoresClicks.abort();
    expect(editor).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  test('stops waiting when aborted', async () => {
    await openThread(DIFFICULT);
    const controller = new AbortController();
    const pending = gmailSite.openReplyEditor(document, { timeoutMs: 5000, signal: controller.signal });
    controller.abort();
    expect(await pending).toBeNull();
  });
});
