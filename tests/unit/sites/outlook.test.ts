// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { ThreadView } from '../../../lib/sites/mail-site';
import { outlookSite } from '../../../lib/sites/outlook/adapter';
import { loadFixturePage } from './load-fixture';

const INBOX = 'https://outlook.office.com/mail/inbox';
const DIFFICULT = 'AAQkADAwATM3ZmYAZS1hZGU2LTg4ZTIALgAQAKv7L0q2xkZEiS0pG9y8m6E=';
const LONG = 'AAQkADAwATM3ZmYAZS1hZGU2LTg4ZTIALgAQAOb3pQ8wZ0xGk2m1dWQx7Ys=';
const BROKEN = 'AAQkADAwATM3ZmYAZS1hZGU2LTg4ZTIALgAQAHJ0bQ1uYk5Cj3VwVx6fKzM=';

const threadUrl = (convId: string) => `${INBOX}/id/${encodeURIComponent(convId)}`;

async function openThread(convId: string): Promise<ThreadView> {
  await loadFixturePage('outlook-2026-11.html', threadUrl(convId));
  const read = outlookSite.readThread(document);
  if (read.kind !== 'thread') throw new Error(`expected a thread, got ${JSON.stringify(read)}`);
  return read.thread;
}

describe('the Outlook adapter on the 2026-11 fixture', () => {
  test('reads the difficult conversation: id, subject and every message with sender, date and state', async () => {
    const thread = await openThread(DIFFICULT);
    expect(thread.threadId).toBe(DIFFICULT);
    expect(thread.subject).toBe('RE: Invoice #2047 - website redesign');
    expect(thread.messages.map((m) => [m.id, m.senderName, m.senderEmail, m.collapsed])).toEqual([
      [`${DIFFICULT}#0`, 'Sam Rivera', 'sam@riverastudio.example', true],
      [`${DIFFICULT}#1`, 'Derek Hollis', 'derek@hollisroofing.com', false],
      [`${DIFFICULT}#2`, 'Sam Rivera', 'sam@riverastudio.example', false],
      [`${DIFFICULT}#3`, 'Derek Hollis', 'derek@hollisroofing.com', false],
    ]);
    expect(thread.messages[3]?.date).toBe('Thu 11/19/2026 11:37 PM');
  });

  test('reads expanded bodies with their quotes and signatures, and only the preview of a collapsed message', async () => {
    const [collapsed, refusal, , threat] = (await openThread(DIFFICULT)).messages;
    expect(collapsed?.html).toContain('Please find attached invoice #2047');
    expect(collapsed?.html).not.toContain('Signature');
    expect(refusal?.html).toContain("I'm not paying this invoice");
    expect(refusal?.html).toContain('divRplyFwdMsg');
    expect(threat?.html).toContain('one-star review');
    expect(threat?.html).toContain('Sent from my iPhone');
    expect(threat?.bodyElement?.getAttribute('role')).toBe('document');
  });

  test('reads all 50 messages of a long conversation, collapsed ones included', async () => {
    const thread = await openThread(LONG);
    expect(thread.messages).toHaveLength(50);
    expect(thread.messages.filter((m) => m.collapsed)).toHaveLength(45);
    expect(new Set(thread.messages.map((m) => m.id)).size).toBe(50);
    expect(thread.messages.every((m) => m.html !== '')).toBe(true);
  });

  test('reports a conversation whose messages have no bodies as unreadable instead of throwing', async () => {
    await loadFixturePage('outlook-2026-11.html', threadUrl(BROKEN));
    const read = outlookSite.readThread(document);
    expect(read.kind).toBe('unreadable');
  });

  test('reports an item URL whose reading pane shows no conversation as unreadable', async () => {
    await loadFixturePage('outlook-2026-11.html', threadUrl('AAQkADunknown='));
    expect(outlookSite.readThread(document).kind).toBe('unreadable');
  });

  test('sees no thread on the inbox list', async () => {
    await loadFixturePage('outlook-2026-11.html', INBOX);
    expect(outlookSite.readThread(document)).toEqual({ kind: 'none' });
    expect(outlookSite.sidebarAnchor(document)).toBeNull();
  });

  test('reads the message list rows: conversation id, subject, preview, sender and a chip anchor', async () => {
    await loadFixturePage('outlook-2026-11.html', INBOX);
    const rows = outlookSite.readInboxRows(document);
    expect(rows).toHaveLength(7);
    const invoice = rows.find((row) => row.id === DIFFICULT);
    expect(invoice).toMatchObject({ subject: 'RE: Invoice #2047 - website redesign', sender: 'Derek Hollis' });
    expect(invoice?.snippet).toMatch(/^Third email - still waiting/);
    expect(rows.map((row) => row.subject)).toContain("I'm not paying this invoice");
    for (const row of rows) {
      expect(row.subject).not.toBe('');
      expect(row.snippet).not.toBe('');
      expect(row.element.contains(row.chipAnchor)).toBe(true);
    }
  });

  test('keeps reading the list while a conversation is open beside it', async () => {
    await openThread(DIFFICULT);
    expect(outlookSite.readInboxRows(document)).toHaveLength(7);
  });

  test('row ids open the same conversation the reader reports', async () => {
    await loadFixturePage('outlook-2026-11.html', INBOX);
    for (const row of outlookSite.readInboxRows(document)) {
      await loadFixturePage('outlook-2026-11.html', threadUrl(row.id));
      const read = outlookSite.readThread(document);
      expect(read.kind === 'thread' ? read.thread.threadId : read.kind).toBe(row.id === BROKEN ? 'unreadable' : row.id);
    }
  });

  test('docks the sidebar beside the reading pane of an open conversation', async () => {
    await openThread(DIFFICULT);
    expect(outlookSite.sidebarAnchor(document)?.getAttribute('data-app-section')).toBe('MailReadCompose');
  });

  test('finds the signed-in account', async () => {
    await loadFixturePage('outlook-2026-11.html', INBOX);
    expect(outlookSite.account(document)).toBe('sam@riverastudio.example');
  });

  test('builds a conversation link that the reader understands', async () => {
    await loadFixturePage('outlook-2026-11.html', INBOX);
    const url = outlookSite.threadUrl(location, DIFFICULT);
    expect(url).toBe(threadUrl(DIFFICULT));
    await loadFixturePage('outlook-2026-11.html', url);
    const read = outlookSite.readThread(document);
    expect(read.kind === 'thread' && read.thread.threadId).toBe(DIFFICULT);
  });
});

describe('opening the Outlook reply editor', () => {
  test("clicks the last message's Reply and resolves with the editor once it appears", async () => {
    await openThread(DIFFICULT);
    expect(document.querySelector('[contenteditable=true]')).toBeNull();
    const editor = await outlookSite.openReplyEditor(document, { timeoutMs: 2000 });
    expect(editor?.getAttribute('role')).toBe('textbox');
    expect(editor?.querySelector('#Signature')).not.toBeNull();
    expect(editor?.querySelector('#divRplyFwdMsg')?.textContent).toContain('Derek Hollis');
  });

  test('returns an editor that is already open without opening a second one', async () => {
    await openThread(DIFFICULT);
    const first = await outlookSite.openReplyEditor(document);
    expect(first).not.toBeNull();
    expect(await outlookSite.openReplyEditor(document)).toBe(first);
    expect(document.querySelectorAll('[role=textbox]')).toHaveLength(1);
  });

  test('resolves null when no conversation is open', async () => {
    await loadFixturePage('outlook-2026-11.html', INBOX);
    expect(await outlookSite.openReplyEditor(document, { timeoutMs: 50 })).toBeNull();
  });
});
