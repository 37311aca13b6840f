import type { InboxRowView, MailSite, ThreadMessageView, ThreadRead } from '../mail-site';
import { findEmail, outermost, queryAllFirst, queryFirst, textOf } from '../dom';
import { openReplyWith, threadReadFrom } from '../thread-read';
import { OUTLOOK_ITEM_PATH, outlookSelectors as select } from './selectors';

function convIdFromPath(doc: Document): string {
  const raw = OUTLOOK_ITEM_PATH.exec(doc.location?.pathname ?? '')?.[1];
  if (!raw) return '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Titled elements of a message or row that are not inside a body (mail can carry titles too). */
function headerTitled(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(select.titled.join(','))].filter(
    (element) => !element.closest(select.body.join(',')),
  );
}

function isAddressTitle(element: HTMLElement): boolean {
  return findEmail(element.getAttribute('title')) !== undefined;
}

/**
 * The first bit of plain text outside the titled header parts: the preview line of a list row or
 * of a collapsed message. Outlook gives it no stable hook, so it is found by what it is not.
 */
function untitledText(root: HTMLElement): HTMLElement | null {
  const leaves = [...root.querySelectorAll<HTMLElement>('*')].filter(
    (element) =>
      element.children.length === 0 &&
      textOf(element) !== '' &&
      !element.closest('[title], button, [role=button], [role=heading]'),
  );
  return leaves[0] ?? null;
}

function readMessage(item: HTMLElement, index: number, convId: string): ThreadMessageView {
  const titled = headerTitled(item);
  const sender = titled.find(isAddressTitle);
  const date = titled.find((element) => !isAddressTitle(element));
  const body = queryFirst(item, select.body);
  const collapsed = !body && item.getAttribute('aria-expanded') === 'false';
  const shown = body ?? (collapsed ? untitledText(item) : null);
  return {
    // Outlook shows no per-message id in the reading pane; the position within the conversation is stable as mail is appended.
    id: `${convId}#${index}`,
    senderName: textOf(sender) || undefined,
    senderEmail: findEmail(sender?.getAttribute('title')),
    date: date?.getAttribute('title') || undefined,
    html: shown?.innerHTML ?? '',
    collapsed,
    bodyElement: shown,
    element: item,
  };
}

function messageItems(conversation: HTMLElement): HTMLElement[] {
  const items = outermost(queryAllFirst(conversation, select.messageItem));
  if (items.length > 0) return items;
  return [...conversation.querySelectorAll<HTMLElement>(select.body.join(','))].flatMap((body) =>
    body.parentElement ? [body.parentElement] : [],
  );
}

function readThread(doc: Document): ThreadRead {
  const conversation = queryFirst(doc, select.conversation);
  const convId = conversation?.getAttribute('data-convid') || convIdFromPath(doc);
  if (!conversation && !convId) return { kind: 'none' };
  const pane = queryFirst(doc, select.readingPane);
  if (!pane) return { kind: 'unreadable', reason: 'Outlook\u2019s reading pane was not found.' };
  const scope = conversation ?? pane;
  const subject = queryFirst(scope, select.subject);
  const messages = messageItems(scope).map((item, index) => readMessage(item, index, convId));
  return threadReadFrom(convId, subject?.getAttribute('title') || textOf(subject), messages);
}

function readInboxRows(doc: Document): InboxRowView[] {
  return queryAllFirst(doc, select.inboxRow).flatMap((row) => {
    const id = row.getAttribute('data-convid');
    if (!id) return [];
    const titled = headerTitled(row);
    const sender = titled.find(isAddressTitle);
    // The subject repeats its title as its text; dates show a short form of theirs.
    const subject = titled.find((element) => !isAddressTitle(element) && element.getAttribute('title') === textOf(element));
    return [
      {
        id,
        subject: textOf(subject),
        snippet: textOf(untitledText(row)),
        sender: textOf(sender) || undefined,
        element: row,
        chipAnchor: subject?.parentElement ?? row,
      },
    ];
  });
}

export const outlookSite: MailSite = {
  id: 'outlook',

  account(doc) {
    const holder = queryFirst(doc, select.account);
    return findEmail(holder?.textContent) ?? findEmail(holder?.getAttribute('aria-label'));
  },

  readThread,
  readInboxRows,

  sidebarAnchor(doc) {
    return readThread(doc).kind === 'none' ? null : queryFirst(doc, select.readingPane);
  },

  openReplyEditor(doc, options) {
    const pane = queryFirst(doc, select.readingPane);
    // Without an open conversation an editor in the pane is a new message, not a reply.
    if (!pane || readThread(doc).kind === 'none') return Promise.resolve(null);
    const findReplyAction = () => {
      // The last message's Reply answers the newest mail, like the thread-level action in Gmail.
      const icons = [...pane.querySelectorAll<HTMLElement>(select.replyIcon.join(','))];
      const fromIcon = icons.at(-1)?.closest<HTMLElement>('button, [role=button]');
      return fromIcon ?? [...pane.querySelectorAll<HTMLElement>(select.replyButtonFallback.join(','))].at(-1) ?? null;
    };
    return openReplyWith(doc, { findEditor: () => queryFirst(pane, select.replyEditor), findReplyAction }, options);
  },

  replyBoundarySelectors: select.replyBoundary,

  threadUrl(location, threadId) {
    return `${location.origin}/mail/inbox/id/${encodeURIComponent(threadId)}`;
  },
};
