/**
 * Every Outlook on the web selector, named for what it finds. Outlook's class names are hashed and
 * change about monthly, and its aria-labels are localised, so neither is used here except as a last,
 * English-only fallback for the Reply button. The hooks are roles, data-app-section regions,
 * data-convid, aria-expanded, title attributes and Fluent's data-icon-name. Checked 2026-11.
 */
export const outlookSelectors = {
  /** 2026-11: the module holding the message list and the reading pane. */
  mainArea: ['[role=main]'],
  /** 2026-11: the reading pane (conversation or inline compose). */
  readingPane: ["[data-app-section='MailReadCompose']", '#ReadingPaneContainerId'],
  /** 2026-11: the open conversation; its data-convid is the conversation id. */
  conversation: ["[data-app-section='ConversationContainer']", "[data-app-section='MailReadCompose'] [data-convid]"],
  /** 2026-11: the subject heading; its span's title holds the whole subject. */
  subject: ['[role=heading][aria-level="2"] [title]', '[role=heading][aria-level="2"]', '[role=heading]'],
  /** 2026-11: one item per message; aria-expanded says whether its body is shown. Buttons are excluded. */
  messageItem: ['div[aria-expanded]:not([aria-haspopup]):not([role=button])'],
  /** 2026-11: the message body (role=document since 2019; allowTextSelection is the older hook). */
  body: ['[role=document]', '.allowTextSelection'],
  /** 2026-11: people are shown by name with the address in the title attribute. */
  person: ['[title*="@"]'],
  /** 2026-11: titled elements: the sender, the full date, the subject. */
  titled: ['[title]'],

  /** 2026-11: message list rows; data-convid is the conversation id. */
  inboxRow: ['[role=option][data-convid]', '[role=row][data-convid]', '[data-convid][tabindex]:not([data-app-section])'],

  /** 2026-11: Fluent icons name the action whatever the language; the aria-label is the English fallback. */
  replyIcon: ['[data-icon-name="Reply"]', '[data-icon-name="ArrowReply"]', '[data-icon-name="ArrowReplyRegular"]'],
  replyButtonFallback: ['button[aria-label="Reply"]'],
  /** 2026-11: inside the reply editor, the signature and the reply header over the quote: drafts go above them. */
  replyBoundary: ['#Signature', '#appendonsend', '#divRplyFwdMsg'],
  /** 2026-11: the inline reply editor. */
  replyEditor: ['div[contenteditable=true][role=textbox]', "[data-app-section='ComposeBody'] [contenteditable=true]"],

  /** 2026-11: the account manager shows the signed-in address. */
  account: ['#mectrl_currentAccount_secondary', '#O365_MainLink_Me'],
} as const;

/** Outlook reading URLs end in /id/<id> (/mail/inbox/id/..., /mail/id/..., /mail/0/inbox/id/...). */
export const OUTLOOK_ITEM_PATH = /\/id\/([^/?#]+)/;
