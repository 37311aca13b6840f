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
  const { container, boundary, userNodes } = findDraftSpot(editor, options.boundarySelectors.join(', '));
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
  container.insertBefore(fragment, boundary);

  placeCaretAfter(editor, lines.at(-1)!);
  editor.dispatchEvent(inputEvent(doc, draft));
  return { status: 'inserted' };
}

interface DraftSpot {
  /** The element the draft goes into, right before `boundary` (at the end when null). */
  container: Node;
  boundary: ChildNode | null;
  /** Everything above the boundary: what the user typed, or the editor's empty lines. */
  userNodes: ChildNode[];
}

/**
 * Where the draft goes: before the first signature or quote block. Editors may wrap the typing
 * area and the signature in one element (Gmail's `div[dir=ltr]`), so the search descends into the
 * child that holds a boundary, collecting what comes before it at each level.
 */
function findDraftSpot(editor: HTMLElement, selector: string): DraftSpot {
  const userNodes: ChildNode[] = [];
  let container: Node = editor;
  for (;;) {
    const nodes = [...container.childNodes];
    const index = nodes.findIndex((node) => isBoundary(node, selector));
    if (index === -1) return { container, boundary: null, userNodes: [...userNodes, ...nodes] };
    userNodes.push(...nodes.slice(0, index));
    const holder = nodes[index] as Element;
    if (holder.matches(selector)) return { container, boundary: holder, userNodes };
    container = holder;
  }
}

function isBoundary(node: Node, selector: string): boolean {
  if (node.nodeType !== 1 || selector === '') return false;
  const element = node as Element;
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
