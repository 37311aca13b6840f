import type { InboxRowView, MailSite, ThreadMessageView, ThreadRead } from '../mail-site';
import { findEmail, outermost, queryAllFirst, queryFirst, textOf } from '../dom';
import { openReplyWith, threadReadFrom } from '../thread-read';
import { GMAIL_THREAD_HASH, gmailSelectors as select } from './selectors';

/** Gmail writes ids as "#thread-f:123" or "#msg-f:123" in some attributes and bare in others. */
function bareId(value: string | null | undefined): string {
  return (value ?? '').replace(/^#/, '').trim();
}

function mainArea(doc: Document): HTMLElement | null {
  return queryFirst(doc, select.mainArea);
}

function threadIdFrom(doc: Document): string {
  const holder = queryFirst(doc, select.threadIdHolder);
  const fromHook = bareId(holder?.getAttribute('data-legacy-thread-id') ?? holder?.getAttribute('data-thread-perm-id'));
  return fromHook || (GMAIL_THREAD_HASH.exec(doc.location?.hash ?? '')?.[1] ?? '');
}

function readMessage(element: HTMLElement): ThreadMessageView {
  const sender = queryFirst(element, select.sender);
  const body = queryFirst(element, select.body);
  const snippet = body ? null : queryFirst(element, select.collapsedSnippet);
  // The collapsed mark sits on the message element or on its list item, depending on Gmail's version.
  const collapsed = !body && element.closest(select.collapsedMessage.join(',')) !== null;
  const shown = body ?? (collapsed ? snippet : null);
  return {
    id: bareId(element.getAttribute('data-legacy-message-id') ?? element.getAttribute('data-message-id')),
    senderName: sender?.getAttribute('name') || textOf(sender) || undefined,
    senderEmail: findEmail(sender?.getAttribute('email')),
    date: queryFirst(element, select.date)?.getAttribute('title') || undefined,
    html: shown?.innerHTML ?? '',
    collapsed,
    bodyElement: shown,
    element,
  };
}

function readThread(doc: Document): ThreadRead {
  const main = mainArea(doc);
  const scope = main ?? doc;
  const subject = queryFirst(scope, select.subject);
  const messageElements = outermost(queryAllFirst(scope, select.message));
  const threadId = threadIdFrom(doc);
  if (!subject && messageElements.length === 0 && !threadId) return { kind: 'none' };
  if (!main) return { kind: 'unreadable', reason: 'Gmail\u2019s main area was not found.' };
  return threadReadFrom(threadId, textOf(subject), messageElements.map(readMessage));
}

function readInboxRows(doc: Document): InboxRowView[] {
  const rows = [...doc.querySelectorAll<HTMLElement>(select.inboxRow.join(','))];
  return rows.flatMap((row) => {
    const idHolder = queryFirst(row, select.rowThreadId);
    const id = bareId(idHolder?.getAttribute('data-legacy-thread-id') ?? idHolder?.getAttribute('data-thread-id'));
    // Without a thread id a chip could not be matched to its thread: skip the row rather than guess.
    if (!id) return [];
    const sender = queryFirst(row, select.rowSender);
    return [
      {
        id,
        subject: textOf(queryFirst(row, select.rowSubject)),
        snippet: textOf(queryFirst(row, select.rowSnippet)).replace(/^[-\u2013]\s*/, ''),
        sender: sender?.getAttribute('name') || textOf(sender) || undefined,
        element: row,
        chipAnchor: queryFirst(row, select.rowChipAnchor) ?? row,
      },
    ];
  });
}

export const gmailSite: MailSite = {
  id: 'gmail',

  account(doc) {
    return findEmail(doc.title) ?? findEmail(queryFirst(doc, select.accountLink)?.getAttribute('aria-label'));
  },

  readThread,
  readInboxRows,

  sidebarAnchor(doc) {
    return readThread(doc).kind === 'none' ? null : mainArea(doc);
  },

  openReplyEditor(doc, options) {
    const main = mainArea(doc);
    // Without an open thread an editor in the page belongs to some other compose window.
    if (!main || readThread(doc).kind === 'none') return Promise.resolve(null);
    return openReplyWith(
      doc,
      { findEditor: () => queryFirst(main, select.replyEditor), findReplyAction: () => queryFirst(main, select.replyAction) },
      options,
    );
  },

  replyBoundarySelectors: select.replyBoundary,

  threadUrl(location, threadId) {
    const mailbox = /^\/mail\/u\/\d+\//.exec(location.pathname)?.[0] ?? '/mail/u/0/';
    return `${location.origin}${mailbox}#inbox/${encodeURIComponent(threadId)}`;
  },
};
