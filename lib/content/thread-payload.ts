import type { EngineMessage, ThreadOrigin } from '../messaging';
import type { MailSite, ThreadMessageView, ThreadView } from '../sites/mail-site';

/** Changes when the thread does (another thread, a new message, a message expanded): nothing else re-reads. */
export function threadSignature(thread: ThreadView): string {
  const messages = thread.messages.map((m) => `${m.id}:${m.collapsed ? 'c' : 'e'}:${m.html.length}`);
  return `${thread.threadId}|${messages.join(',')}`;
}

/** One key per thread per mailbox: the same one the popup's records use. */
export function threadKey(site: MailSite['id'], account: string | undefined, threadId: string): string {
  return `${site}:${account ?? ''}:${threadId}`;
}

export function senderLine(message: Pick<ThreadMessageView, 'senderName' | 'senderEmail'>): string {
  const { senderName, senderEmail } = message;
  if (senderName && senderEmail) return `${senderName} <${senderEmail}>`;
  return senderName ?? senderEmail ?? '';
}

/** The thread as the engine reads it, one entry per message in page order (the sidebar relies on it). */
export function toEngineMessages(thread: ThreadView, htmlToText: (html: string) => string): EngineMessage[] {
  return thread.messages.map((message) => ({
    subject: thread.subject,
    from: senderLine(message),
    date: message.date,
    text: message.html ? htmlToText(message.html) : '',
  }));
}

export function threadOrigin(site: MailSite['id'], account: string | undefined, thread: ThreadView, url: string): ThreadOrigin {
  const newest = thread.messages.at(-1);
  return {
    site,
    account,
    threadId: thread.threadId,
    subject: thread.subject,
    sender: newest?.senderName ?? newest?.senderEmail ?? '',
    senderEmail: newest?.senderEmail,
    url,
  };
}
