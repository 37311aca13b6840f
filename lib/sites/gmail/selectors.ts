/**
 * Every Gmail selector, named for what it finds. Stable hooks (data attributes, email/name attributes,
 * roles) come first; Gmail's short class names follow as fallbacks, because they have lasted years but
 * can change with any redesign. Checked against Gmail's structure in 2026-11 (and the 2014 capture).
 * Lists are tried in order; see lib/sites/dom.ts queryFirst.
 */
export const gmailSelectors = {
  /** 2026-11: the column that shows either the inbox list or the open thread. */
  mainArea: ['[role=main]', 'div.nH.bkK div.nH[role]'],

  /** 2026-11: the thread subject carries both thread ids; h2.hP is the fallback for the subject text. */
  threadIdHolder: ['h2[data-legacy-thread-id]', 'h2[data-thread-perm-id]', '[role=main] [data-thread-perm-id]'],
  subject: ['h2.hP', '[role=main] h2[data-thread-perm-id]', '[role=main] h2[data-legacy-thread-id]'],

  /** 2026-11: one element per message, expanded or collapsed; the legacy id is the hex id of the API. */
  message: ['[data-legacy-message-id]', '[data-message-id]'],
  /** 2026-11: a collapsed message (.kv) or its list item (aria-expanded=false); matched on the message or an ancestor. */
  collapsedMessage: ['.kv', '[role=listitem][aria-expanded=false]'],
  /** 2026-11: the sender's span carries the address and display name as attributes. */
  sender: ['h3 span[email]', 'span.gD[email]', 'span[email]'],
  /** 2026-11: the date's full form is in the title of span.g3. */
  date: ['span.g3[title]', '.gH [title]'],
  /** 2026-11: the body; .a3s is the inner body div (also used by Gmail for quoted parts). */
  body: ['div.ii.gt div.a3s', 'div.a3s', 'div.ii.gt'],
  /** 2026-11: a collapsed message's visible snippet. */
  collapsedSnippet: ['.iA.g6', '.g6', '.y2'],

  /** 2026-11: inbox rows; the subject span holds the thread ids since the 2018 redesign. */
  inboxRow: ['tr.zA'],
  rowThreadId: ['[data-legacy-thread-id]', '[data-thread-id]'],
  rowSubject: ['.bog', '.y6'],
  rowSnippet: ['.y2'],
  rowSender: ['span[email]'],
  /** 2026-11: the chip goes beside the subject, inside the subject+snippet line. */
  rowChipAnchor: ['.y6', '.xT', 'td.a4W'],

  /** 2026-11: the thread's own Reply action below the last message, then a message's reply button. */
  replyAction: ['.ams.bkH', '[role=button][data-tooltip="Reply"]', '[role=button][aria-label="Reply"]'],
  /** 2026-11: inside the reply editor, the user's signature and the quoted message: drafts go above them. */
  replyBoundary: ['[data-smartmail=gmail_signature]', 'div.gmail_signature', '.gmail_signature_prefix', 'div.gmail_quote', 'div.gmail_extra'],
  /** 2026-11: the reply/compose body; .editable is the older class hook. */
  replyEditor: [
    'div[contenteditable=true][role=textbox]',
    'div.editable[contenteditable=true]',
    'div[g_editable=true][contenteditable=true]',
  ],

  /** 2026-11: the account link's label contains the signed-in address (label text is localised, the address is not). */
  accountLink: ['a[href^="https://accounts.google.com/SignOutOptions"]', 'header a[aria-label*="@"]'],
} as const;

/** Gmail views whose first URL segment is an argument (a query, a label name) rather than the thread id. */
const VIEW_WITH_ARGUMENT = '(?:search|label|category|advanced-search)';

/**
 * Gmail thread URLs end in the thread id: #inbox/<id>, #label/<name>/<id>, #search/<query>/<id>, maybe
 * followed by ?compose=... A search or label view without an id is a list, whatever its query looks like.
 */
export const GMAIL_THREAD_HASH = new RegExp(
  `^#(?:${VIEW_WITH_ARGUMENT}/[^/?]+|(?!${VIEW_WITH_ARGUMENT}/)[a-z-]+)/([A-Za-z0-9]{16,})(?:\\?.*)?$`,
);
