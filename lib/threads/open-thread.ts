import { browser } from 'wxt/browser';
import type { ExistingTextChoice } from '../sites/editor';
import type { InsertDraftReply, InsertDraftRequest } from '../messaging';
import type { ThreadRecord } from './record';

type ThreadLink = Pick<ThreadRecord, 'url'>;

/** Focuses the webmail tab already showing the thread's site, on that thread, or opens a new one. */
export async function openThread(record: ThreadLink): Promise<number | undefined> {
  return showThreadTab(record, true);
}

/**
 * Puts a draft into the thread's reply editor from the popup: the tab is brought to the thread in
 * the background (focusing it would close the popup), its content script opens the reply and
 * inserts, and only then is the tab focused.
 */
export async function insertIntoThreadReply(
  record: Pick<ThreadRecord, 'url' | 'threadId'>,
  text: string,
  existingText: ExistingTextChoice,
): Promise<InsertDraftReply> {
  const tabId = await showThreadTab(record, false);
  if (tabId === undefined) return { status: 'no-thread' };
  const request: InsertDraftRequest = { type: 'insert-draft', threadId: record.threadId, text, existingText };
  const reply = await sendWhenReady(tabId, request);
  if (reply.status !== 'needs-confirmation') await showThreadTab(record, true);
  return reply;
}

async function showThreadTab(record: ThreadLink, focus: boolean): Promise<number | undefined> {
  const origin = new URL(record.url).origin;
  const tabs = await browser.tabs.query({ url: `${origin}/*` });
  const tab = tabs.find((t) => t.url === record.url) ?? tabs[0];
  if (tab?.id === undefined) return (await browser.tabs.create({ url: record.url, active: focus })).id;
  await browser.tabs.update(tab.id, { ...(tab.url === record.url ? {} : { url: record.url }), ...(focus ? { active: true } : {}) });
  if (focus && tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  return tab.id;
}

// A tab that is still loading has no content script to answer yet.
const READY_WAIT_MS = 8000;

async function sendWhenReady(tabId: number, request: InsertDraftRequest): Promise<InsertDraftReply> {
  const deadline = Date.now() + READY_WAIT_MS;
  for (;;) {
    try {
      const reply = (await browser.tabs.sendMessage(tabId, request)) as InsertDraftReply | undefined;
      if (reply) return reply;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) return { status: 'no-editor' };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
