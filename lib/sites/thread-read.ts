import type { ReplyEditorOptions, ThreadMessageView, ThreadRead } from './mail-site';
import { pressElement, waitForElement } from './dom';

/**
 * The verdict shared by the adapters once a thread is known to be open: a thread whose messages
 * show no text at all is a page we no longer understand, reported rather than analysed as empty.
 */
export function threadReadFrom(threadId: string, subject: string, messages: ThreadMessageView[]): ThreadRead {
  if (!threadId) return { kind: 'unreadable', reason: 'The open thread has no id the adapter recognises.' };
  if (messages.length === 0) return { kind: 'unreadable', reason: 'No messages were found in the open thread.' };
  if (messages.every((message) => message.html.trim() === '')) {
    return { kind: 'unreadable', reason: 'None of the thread\u2019s messages has a body or snippet that could be read.' };
  }
  return { kind: 'thread', thread: { threadId, subject, messages } };
}

export interface ReplyHooks {
  findEditor: () => HTMLElement | null;
  findReplyAction: () => HTMLElement | null;
}

/** Returns an open reply editor, or presses the site's Reply and waits for the editor to appear. */
export async function openReplyWith(
  doc: Document,
  { findEditor, findReplyAction }: ReplyHooks,
  options: ReplyEditorOptions = {},
): Promise<HTMLElement | null> {
  const open = findEditor();
  if (open) return open;
  const reply = findReplyAction();
  if (!reply || options.signal?.aborted) return null;
  pressElement(reply);
  return waitForElement(doc, findEditor, options);
}
