/**
 * Puts a reply draft into a webmail reply editor (a contenteditable element) the way typing would:
 * one line element per line, above the user's signature and the quoted message, and never over
 * what the user already wrote unless they said so. Nothing is sent.
 */

import type { MailSite } from './mail-site';

/** What to do with text the user already typed above the signature. */
export type ExistingTextChoice = 'ask' | 'replace' | 'keep';

export interface InsertDraftOptions {
  /**
   * Selectors for the parts of the editor that are not the user's reply: the site's signature and
   * quoted-message blocks (from the site's selectors file). The draft goes above the first of them.
   */
  boundarySelectors: readonly string[];
  /** 'ask' (the default) inserts nothing when the user has typed something and reports it. */
  existingText?: ExistingTextChoice;
}

export type InsertDraftResult =
  | { status: 'inserted' }
  /** The user has their own text there: the UI asks, then calls again with 'replace' or 'keep'. */
  | { status: 'needs-confirmation'; existingText: string };

export function insertDraft(editor: HTMLElement, draft: string, options: InsertDraftOptions): InsertDraftResult {
  const nodes = [...editor.childNodes];
  const boundaryIndex = nodes.findIndex((node) => isBoundary(node, options.boundarySelectors));
  const userNodes = boundaryIndex === -1 ? nodes : nodes.slice(0, boundaryIndex);
  const boundary = boundaryIndex === -1 ? null : nodes[boundaryIndex]!;
  const existingText = userNodes.map((node) => node.textContent ?? '').join('\n').trim();
  const choice = options.existingText ?? 'ask';

  if (existingText && choice === 'ask') return { status: 'needs-confirmation', existingText };
  if (!existingText || choice === 'replace') for (const node of userNodes) node.remove();

  const doc = editor.ownerDocument;
  const lines = draft.replace(/\r\n?/g, '\n').split('\n').map((line) => lineElement(doc, line));
  const fragment = doc.createDocumentFragment();
  // What the user keeps stays on top, one empty line away from the draft.
  if (existingText && choice === 'keep') fragment.append(lineElement(doc, ''));
  fragment.append(...lines);
  // One empty line keeps the draft off the signature or the quote, as a mail client would.
  if (boundary) fragment.append(lineElement(doc, ''));
  editor.insertBefore(fragment, boundary);

  placeCaretAfter(editor, lines.at(-1)!);
  editor.dispatchEvent(inputEvent(doc, draft));
  return { status: 'inserted' };
}

function isBoundary(node: Node, selectors: readonly string[]): boolean {
  if (node.nodeType !== 1 || selectors.length === 0) return false;
  const element = node as Element;
  const selector = selectors.join(', ');
  return element.matches(selector) || element.querySelector(selector) !== null;
}

/** A line as the editors write it when typing: a div holding the text, or a <br> when empty. */
function lineElement(doc: Document, line: string): HTMLElement {
  const div = doc.createElement('div');
  div.append(line === '' ? doc.createElement('br') : doc.createTextNode(line));
  return div;
}

function placeCaretAfter(editor: HTMLElement, line: HTMLElement): void {
  editor.focus();
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(line);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

// The sites keep their own model of the draft and update it on input events, as for typing.
function inputEvent(doc: Document, data: string): Event {
  const view = doc.defaultView;
  if (view?.InputEvent) return new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data });
  return new (view?.Event ?? Event)('input', { bubbles: true });
}

/**
 * The whole "Insert draft" action on a webmail page: opens the thread's reply (the site's own
 * Reply) and puts the draft in it. No editor found is an answer the UI shows, not an error.
 */
export async function insertDraftIntoReply(
  site: Pick<MailSite, 'openReplyEditor' | 'replyBoundarySelectors'>,
  doc: Document,
  draft: string,
  existingText: ExistingTextChoice,
): Promise<InsertDraftResult | { status: 'no-editor' }> {
  const editor = await site.openReplyEditor(doc);
  if (!editor) return { status: 'no-editor' };
  return insertDraft(editor, draft, { boundarySelectors: site.replyBoundarySelectors ?? [], existingText });
}
