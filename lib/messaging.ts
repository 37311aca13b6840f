import { browser } from 'wxt/browser';
import type { Priority } from './engine/categories';
import type { ThreadResult } from './engine/types';
import type { ExistingTextChoice, InsertDraftResult } from './sites/editor';
import type { SiteId } from './sites/mail-site';

/**
 * The typed messages between the content script and the background worker, which hosts the engine:
 * the page only reads the DOM and sends plain text, so the tagger never runs on the page's thread.
 */

/** One message of the open thread, as text the page has already extracted. */
export interface EngineMessage {
  subject: string;
  from: string;
  date?: string;
  text: string;
}

/** Where a thread was read, so the worker can remember it for the popup's queue. */
export interface ThreadOrigin {
  site: SiteId;
  account?: string;
  threadId: string;
  subject: string;
  /** Who wrote the newest message: the client the popup lists the thread under. */
  sender: string;
  senderEmail?: string;
  url: string;
}

export interface InboxRowText {
  id: string;
  subject: string;
  snippet: string;
}

export interface RowPriority {
  id: string;
  priority: Priority;
}

export type EngineRequest =
  | { type: 'analyze-thread'; origin: ThreadOrigin; messages: EngineMessage[] }
  | { type: 'triage-rows'; rows: InboxRowText[] };

export interface EngineAnswers {
  'analyze-thread': ThreadResult;
  'triage-rows': RowPriority[];
}

export type EngineReply<T extends EngineRequest['type'] = EngineRequest['type']> =
  | { ok: true; value: EngineAnswers[T] }
  | { ok: false; error: string };

/** Asks the background engine; rejects with the worker's own error message when it could not answer. */
export async function askEngine<R extends EngineRequest>(request: R): Promise<EngineAnswers[R['type']]> {
  const reply = (await browser.runtime.sendMessage(request)) as EngineReply<R['type']> | undefined;
  if (!reply) throw new Error(`The background worker did not answer "${request.type}".`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** From the popup to a webmail tab: open this thread's reply and put the draft in it. */
export interface InsertDraftRequest {
  type: 'insert-draft';
  threadId: string;
  text: string;
  existingText: ExistingTextChoice;
}

export type InsertDraftReply = InsertDraftResult | { status: 'no-editor' } | { status: 'no-thread' };
