import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { InsertDraftReply, InsertDraftRequest } from '../messaging';
import { insertDraftIntoReply } from '../sites/editor';
import type { MailSite } from '../sites/mail-site';

// The popup navigates the tab first: give the site time to render the thread before giving up.
const THREAD_WAIT_MS = 5000;
const POLL_MS = 100;

function isInsertRequest(message: unknown): message is InsertDraftRequest {
  const m = message as Partial<InsertDraftRequest> | undefined;
  return m?.type === 'insert-draft' && typeof m.threadId === 'string' && typeof m.text === 'string';
}

/** Answers the popup's "Insert into reply" for this tab, exactly as the sidebar's button does. */
export function listenForDraftInserts(ctx: ContentScriptContext, site: MailSite, doc: Document = document): void {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: InsertDraftReply) => void) => {
    if (sender.id !== browser.runtime.id || !isInsertRequest(message)) return false;
    insertWhenOpen(site, doc, message, ctx.signal).then(sendResponse, () => sendResponse({ status: 'no-editor' }));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

async function insertWhenOpen(
  site: MailSite,
  doc: Document,
  request: InsertDraftRequest,
  signal: AbortSignal,
): Promise<InsertDraftReply> {
  const deadline = Date.now() + THREAD_WAIT_MS;
  while (!isOpen(site, doc, request.threadId)) {
    if (Date.now() > deadline || signal.aborted) return { status: 'no-thread' };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return insertDraftIntoReply(site, doc, request.text, request.existingText);
}

function isOpen(site: MailSite, doc: Document, threadId: string): boolean {
  const read = site.readThread(doc);
  return read.kind === 'thread' && read.thread.threadId === threadId;
}
