// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { insertDraft, insertDraftIntoReply } from '../../../lib/sites/editor';

// The reply editors as the 2026-11 fixture pages open them (tests/fixtures/webmail).
const GMAIL_EDITOR =
  '<br><br><div class="gmail_signature" data-smartmail="gmail_signature">-- <br>Sam Rivera</div><br>' +
  '<div class="gmail_quote"><div class="gmail_attr">On Tue, Derek wrote:</div><blockquote>Pay later.</blockquote></div>';
const OUTLOOK_EDITOR =
  '<div><br></div><div id="Signature"><div>Sam Rivera</div></div>' +
  '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: Derek</div><div>Pay later.</div>';
const GMAIL_BOUNDARIES = ['.gmail_signature', '[data-smartmail=gmail_signature]', '.gmail_quote'];
const OUTLOOK_BOUNDARIES = ['#Signature', '#appendonsend', '#divRplyFwdMsg'];

const DRAFT = 'Hi Derek,\n\nThe invoice is due.\n\nKind regards,\nSam';

let editor: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div contenteditable="true" role="textbox"></div>';
  editor = document.querySelector('[role=textbox]')!;
});

const lines = (el: HTMLElement) => [...el.children].map((c) => (c.tagName === 'DIV' && c.innerHTML === '<br>' ? '' : c.textContent));

describe.each([
  ['Gmail', GMAIL_EDITOR, GMAIL_BOUNDARIES, '.gmail_signature'],
  ['Outlook', OUTLOOK_EDITOR, OUTLOOK_BOUNDARIES, '#Signature'],
])('in the %s reply editor', (_site, html, boundarySelectors, signature) => {
  beforeEach(() => (editor.innerHTML = html));

  test('the draft lands above the signature, one line element per line', () => {
    expect(insertDraft(editor, DRAFT, { boundarySelectors })).toEqual({ status: 'inserted' });
    const draftLines = [...editor.children].slice(0, 6);
    expect(lines({ children: draftLines } as never)).toEqual(['Hi Derek,', '', 'The invoice is due.', '', 'Kind regards,', 'Sam']);
    expect(draftLines.at(-1)!.nextElementSibling!.innerHTML).toBe('<br>');
    expect(draftLines.at(-1)!.nextElementSibling!.nextElementSibling!.matches(signature)).toBe(true);
  });

  test('the signature and the quoted message stay exactly as they were', () => {
    const fromSignature = () => editor.innerHTML.slice(editor.innerHTML.indexOf(editor.querySelector(signature)!.outerHTML));
    const before = fromSignature();
    insertDraft(editor, DRAFT, { boundarySelectors });
    expect(fromSignature()).toBe(before);
  });

  test('a second draft replaces the first only when the user says so', () => {
    insertDraft(editor, DRAFT, { boundarySelectors });
    const before = editor.innerHTML;
    expect(insertDraft(editor, 'Other draft', { boundarySelectors })).toEqual({
      status: 'needs-confirmation',
      existingText: expect.stringContaining('The invoice is due.'),
    });
    expect(editor.innerHTML).toBe(before);
    insertDraft(editor, 'Other draft', { boundarySelectors, existingText: 'replace' });
    expect(editor.textContent).not.toContain('The invoice is due.');
    expect(editor.children[0]!.textContent).toBe('Other draft');
  });
});

describe('insertDraft', () => {
  // Gmail's newer reply body wraps the typing area and the signature in one div.
  const NESTED_GMAIL =
    '<div dir="ltr"><br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>' +
    '<div class="gmail_signature" data-smartmail="gmail_signature">Sam Rivera</div></div><br>' +
    '<div class="gmail_quote">On Tue, Derek wrote:</div>';
  const NESTED_BOUNDARIES = [...GMAIL_BOUNDARIES, '.gmail_signature_prefix'];

  test('goes inside a wrapper that holds both the typing area and the signature', () => {
    editor.innerHTML = NESTED_GMAIL;
    insertDraft(editor, 'One\nTwo', { boundarySelectors: NESTED_BOUNDARIES });
    const wrapper = editor.firstElementChild!;
    expect(lines(wrapper as HTMLElement).slice(0, 3)).toEqual(['One', 'Two', '']);
    expect(wrapper.children[3]!.matches('.gmail_signature_prefix')).toBe(true);
    expect(editor.querySelector('.gmail_quote')!.textContent).toBe('On Tue, Derek wrote:');
  });

  test('sees what the user typed inside such a wrapper', () => {
    editor.innerHTML = NESTED_GMAIL.replace('<br clear="all">', '<div>Thanks Derek</div><br clear="all">');
    expect(insertDraft(editor, 'Draft', { boundarySelectors: NESTED_BOUNDARIES })).toEqual({
      status: 'needs-confirmation',
      existingText: 'Thanks Derek',
    });
  });

  test('keeps what the user wrote on top when asked to keep it', () => {
    editor.innerHTML = '<div>My own note</div><div id="Signature">Sam</div>';
    insertDraft(editor, 'Draft line', { boundarySelectors: ['#Signature'], existingText: 'keep' });
    expect(lines(editor)).toEqual(['My own note', '', 'Draft line', '', 'Sam']);
  });

  test('writes markup in the draft as text, never as HTML', () => {
    insertDraft(editor, '<img src=x onerror="alert(1)"> & <b>bold</b>', { boundarySelectors: [] });
    expect(editor.querySelector('img, b')).toBeNull();
    expect(editor.textContent).toBe('<img src=x onerror="alert(1)"> & <b>bold</b>');
  });

  test('appends to an editor without signature or quote', () => {
    insertDraft(editor, 'One\nTwo', { boundarySelectors: ['.gmail_signature'] });
    expect(lines(editor)).toEqual(['One', 'Two']);
  });

  test('tells the site with a bubbling input event', () => {
    const events: Event[] = [];
    document.body.addEventListener('input', (e) => events.push(e));
    insertDraft(editor, 'Hello', { boundarySelectors: [] });
    expect(events).toHaveLength(1);
    expect((events[0] as InputEvent).inputType).toBe('insertText');
  });

  test('leaves the caret at the end of the draft', () => {
    editor.innerHTML = '<div id="Signature">Sam</div>';
    insertDraft(editor, 'First\nLast', { boundarySelectors: ['#Signature'] });
    const selection = document.getSelection()!;
    expect(selection.isCollapsed).toBe(true);
    expect(selection.anchorNode!.textContent).toBe('Last');
  });
});

describe('insertDraftIntoReply', () => {
  test('opens the reply through the site and inserts above its signature', async () => {
    editor.innerHTML = OUTLOOK_EDITOR;
    const site = { openReplyEditor: async () => editor, replyBoundarySelectors: OUTLOOK_BOUNDARIES };
    expect(await insertDraftIntoReply(site, document, 'Hello', 'ask')).toEqual({ status: 'inserted' });
    expect(editor.children[0]!.textContent).toBe('Hello');
    expect(editor.querySelector('#Signature')!.previousElementSibling!.innerHTML).toBe('<br>');
  });

  test('reports a page without a reply editor', async () => {
    const site = { openReplyEditor: async () => null };
    expect(await insertDraftIntoReply(site, document, 'Hello', 'ask')).toEqual({ status: 'no-editor' });
  });
});
