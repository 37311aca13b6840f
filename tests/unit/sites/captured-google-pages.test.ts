// @vitest-environment happy-dom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { gmailSite } from '../../../lib/sites/gmail/adapter';
import type { MailSite } from '../../../lib/sites/mail-site';
import { outlookSite } from '../../../lib/sites/outlook/adapter';
import { loadPage } from './load-fixture';

/** Real captured Gmail (2014, 2017) and Google Inbox (2016-17) pages from InboxSDK's test data: old markup. */
const CAPTURED = join(__dirname, '../../../../shared/fixtures/webmail/inboxsdk');
const pages = existsSync(CAPTURED)
  ? ['gmail', 'google-inbox'].flatMap((folder) =>
      readdirSync(join(CAPTURED, folder))
        .filter((name) => name.endsWith('.html'))
        .map((name) => `${folder}/${name}`),
    )
  : [];

/** Where each adapter would see a list and a thread; the captured markup is the same at every URL. */
const URLS: ReadonlyArray<{ site: MailSite; list: string; thread: string }> = [
  {
    site: gmailSite,
    list: 'https://mail.google.com/mail/u/0/#inbox',
    thread: 'https://mail.google.com/mail/u/0/#inbox/18f2b7c3a9d4e501',
  },
  {
    site: outlookSite,
    list: 'https://outlook.office.com/mail/inbox',
    thread: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM3ZmYAZS1hZGU2LTg4ZTIALgAQAKv7L0q2xkZEiS0pG9y8m6E%3D',
  },
];

function loadCaptured(page: string): void {
  // happy-dom refuses to fetch frames and scripts and logs each refusal; the pages' markup is all we read.
  const html = readFileSync(join(CAPTURED, page), 'utf8')
    .replace(/<iframe\b[\s\S]*?<\/iframe>/gi, '')
    .replace(/<script\b[\s\S]*?<\/script>/gi, '');
  loadPage(html, URLS[0]!.list);
}

function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

describe.skipIf(pages.length === 0)('the adapters on real captured Google pages (old markup)', () => {
  test.each(pages)('every adapter function handles %s without throwing', async (page) => {
    loadCaptured(page);
    for (const { site, list, thread } of URLS) {
      setUrl(list);
      expect(site.readThread(document), `${site.id} on a list URL`).toEqual({ kind: 'none' });
      expect(site.sidebarAnchor(document)).toBeNull();
      expect(await site.openReplyEditor(document, { timeoutMs: 20 })).toBeNull();
      for (const row of site.readInboxRows(document)) {
        expect(row.id).not.toBe('');
        expect(row.element.contains(row.chipAnchor)).toBe(true);
      }
      const account = site.account(document);
      if (account !== undefined) expect(account).toMatch(/^[^@\s]+@[^@\s]+$/);
      expect(site.threadUrl(location, 'abc')).toContain('abc');

      setUrl(thread);
      const read = site.readThread(document);
      expect(read.kind, `${site.id} on a thread URL`).toBe('unreadable');
      expect(read.kind === 'unreadable' && read.reason).toBeTruthy();
      site.sidebarAnchor(document);
      const editor = await site.openReplyEditor(document, { timeoutMs: 20 });
      if (editor) expect(editor.isContentEditable || editor.getAttribute('contenteditable')).toBeTruthy();
    }
  });
});

const GMAIL_2014 = 'gmail/gmail-2014-12-injected-thread-identifier.html';

describe.skipIf(!pages.includes(GMAIL_2014))('the Gmail adapter on the 2014 inbox capture', () => {
  test('skips inbox rows that carry no thread id instead of guessing one', () => {
    loadCaptured(GMAIL_2014);
    expect(document.querySelectorAll('tr.zA').length).toBeGreaterThan(10);
    expect(gmailSite.readInboxRows(document)).toEqual([]);
  });

  test('reads a row once it carries the thread id, as current Gmail rows do', () => {
    loadCaptured(GMAIL_2014);
    const row = document.querySelector('tr.zA');
    row?.querySelector('.y6 span')?.setAttribute('data-legacy-thread-id', '14a5f0c2b3d4e5f6');
    const [read] = gmailSite.readInboxRows(document);
    expect(read).toMatchObject({ id: '14a5f0c2b3d4e5f6', subject: 'aaa', sender: 'me', element: row });
  });
});
