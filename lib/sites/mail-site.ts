/**
 * The contract between the content script and one webmail site. Only implementations of this
 * interface (lib/sites/gmail, lib/sites/outlook) know the site's DOM.
 */

export type SiteId = 'gmail' | 'outlook';

export interface ThreadMessageView {
  id: string;
  senderName?: string;
  senderEmail?: string;
  date?: string;
  /** The message body's HTML as shown (empty for a collapsed message without a visible snippet). */
  html: string;
  /** True when the site shows only a collapsed header or snippet: we read what is visible. */
  collapsed: boolean;
  /** The element holding the body, for scrolling to and highlighting evidence. */
  bodyElement: HTMLElement | null;
  element: HTMLElement;
}

export interface ThreadView {
  threadId: string;
  subject: string;
  messages: ThreadMessageView[];
}

export interface InboxRowView {
  id: string;
  subject: string;
  snippet: string;
  sender?: string;
  element: HTMLElement;
  /** Where a priority chip goes in this row. */
  chipAnchor: HTMLElement;
}

export interface ReplyEditorOptions {
  /** How long to wait for the editor after clicking Reply (default 3000 ms). */
  timeoutMs?: number;
  /** Stops waiting (resolving null), e.g. when the content script's context is invalidated. */
  signal?: AbortSignal;
}

/** What reading the page gave: a thread, no thread open, or a page we no longer understand. */
export type ThreadRead =
  | { kind: 'thread'; thread: ThreadView }
  | { kind: 'none' }
  | { kind: 'unreadable'; reason: string };

export interface MailSite {
  id: SiteId;
  /** The signed-in account or mailbox, where the page shows it. */
  account(doc: Document): string | undefined;
  readThread(doc: Document): ThreadRead;
  readInboxRows(doc: Document): InboxRowView[];
  /** The element the sidebar docks beside (the thread's main column), or null when none is open. */
  sidebarAnchor(doc: Document): HTMLElement | null;
  /**
   * Opens the reply to the thread (clicking the site's own reply action) and resolves with the
   * reply editor (a contenteditable element), or null when it cannot be found. An editor that is
   * already open is returned without clicking again.
   */
  openReplyEditor(doc: Document, options?: ReplyEditorOptions): Promise<HTMLElement | null>;
  /** The reply editor's signature and quoted-message blocks (from the selectors file): drafts go above them. */
  replyBoundarySelectors?: readonly string[];
  /** A link back to a thread, for the popup. */
  threadUrl(location: Location, threadId: string): string;
}
