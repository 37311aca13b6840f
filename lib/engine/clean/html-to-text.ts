// HTML mail to plain text, light enough for the content script (no dependencies). Quoted earlier
// messages that mail clients mark in their markup are dropped here, where the markup still says so.
// Text is only ever read from text nodes and decoded entities: nothing is parsed as HTML twice.

export type ParseHtml = (html: string) => Document;

// Parts that never show as words.
const INVISIBLE_TAGS = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'svg', 'object']);

// Quoted replies and signatures as Gmail, Apple Mail, Thunderbird, Yahoo and Outlook mark them.
const QUOTE_SELECTORS = [
  'blockquote[type="cite"]',
  '.gmail_quote',
  '.gmail_extra',
  '.gmail_signature',
  '[data-smartmail="gmail_signature"]',
  '.yahoo_quoted',
  '.moz-cite-prefix',
  'div#Signature',
  '[hidden]',
];
// Outlook puts the earlier message after these markers, as siblings rather than children.
const REST_IS_QUOTE_SELECTORS = ['#divRplyFwdMsg', '#appendonsend'];

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'pre', 'section', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
// Paragraphs and headings stand apart from the text around them by a blank line.
const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'blockquote']);
const CELL_TAGS = new Set(['td', 'th']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Plain text of an HTML mail body, without the quoted parts its markup points out. Never throws. */
export function htmlToText(html: string, parseHtml?: ParseHtml): string {
  const parse = parseHtml ?? browserParser();
  if (parse) {
    try {
      return domToText(parse(html));
    } catch {
      // A parser that chokes on odd markup leaves the tag-stripping path below.
    }
  }
  return stripTags(html);
}

function browserParser(): ParseHtml | undefined {
  const Parser = (globalThis as { DOMParser?: new () => DOMParser }).DOMParser;
  if (!Parser) return undefined;
  return (html) => new Parser().parseFromString(html, 'text/html');
}

/** Collects text with browser-like whitespace: runs collapse, breaks are asked for, not written. */
class TextBuilder {
  private parts: string[] = [];
  private pendingBreaks = 0;
  private atLineStart = true;
  private endsWithSpace = false;

  addText(raw: string, preformatted = false): void {
    const text = preformatted ? raw : raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (text === '' || (!preformatted && text === ' ' && (this.atLineStart || this.endsWithSpace))) return;
    let piece = text;
    if (this.pendingBreaks > 0 && this.parts.length > 0) {
      this.parts.push('\n'.repeat(this.pendingBreaks));
      this.atLineStart = true;
    }
    this.pendingBreaks = 0;
    if (!preformatted && (this.atLineStart || this.endsWithSpace)) piece = piece.replace(/^ /, '');
    if (piece === '') return;
    this.parts.push(piece);
    this.atLineStart = piece.endsWith('\n');
    this.endsWithSpace = piece.endsWith(' ');
  }

  addBreaks(count: number): void {
    this.pendingBreaks = Math.max(this.pendingBreaks, count);
  }

  /** A forced line break (<br>): each one counts, unlike block edges. */
  addLineBreak(): void {
    if (this.pendingBreaks > 0) this.pendingBreaks++;
    else {
      this.parts.push('\n');
      this.atLineStart = true;
      this.endsWithSpace = false;
    }
  }

  toString(): string {
    // Line by line: a regex over a long run of spaces would backtrack at every space.
    return this.parts
      .join('')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n');
  }
}

function domToText(doc: Document): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  for (const selector of REST_IS_QUOTE_SELECTORS) {
    const marker = root.querySelector(selector);
    if (marker) removeWithEverythingAfter(marker, root);
  }
  for (const selector of QUOTE_SELECTORS) {
    for (const el of Array.from(root.querySelectorAll(selector))) el.remove();
  }
  const out = new TextBuilder();
  // An explicit stack: deeply nested mail markup must not exhaust the call stack.
  const stack: Array<{ node: Node; leaving: boolean; pre: boolean }> = [{ node: root, leaving: false, pre: false }];
  while (stack.length > 0) {
    const { node, leaving, pre } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      out.addText(node.nodeValue ?? '', pre);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.nodeName.toLowerCase();
    if (leaving) {
      closeElement(out, tag);
      continue;
    }
    if (INVISIBLE_TAGS.has(tag) || isHiddenByStyle(el)) continue;
    if (tag === 'br') {
      out.addLineBreak();
      continue;
    }
    openElement(out, tag);
    const inPre = pre || tag === 'pre';
    stack.push({ node, leaving: true, pre: inPre });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false, pre: inPre });
  }
  return out.toString();
}

function openElement(out: TextBuilder, tag: string): void {
  if (PARAGRAPH_TAGS.has(tag)) out.addBreaks(2);
  else if (BLOCK_TAGS.has(tag)) out.addBreaks(1);
  if (tag === 'li') out.addText('- ');
}

function closeElement(out: TextBuilder, tag: string): void {
  if (PARAGRAPH_TAGS.has(tag)) out.addBreaks(2);
  else if (BLOCK_TAGS.has(tag)) out.addBreaks(1);
  else if (CELL_TAGS.has(tag)) out.addText(' ');
}

function isHiddenByStyle(el: Element): boolean {
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

function removeWithEverythingAfter(marker: Element, root: Element): void {
  let node: Node | null = marker;
  while (node && node !== root) {
    while (node.nextSibling) node.nextSibling.remove();
    node = node.parentNode;
  }
  marker.remove();
}

// ---- Without a parser: a linear scan over tags, never a regex over the whole document.

// A class or id that marks the quoted part (or the signature) in the markup.
const QUOTE_MARK = /class\s*=\s*["']?[^"'>]*\b(gmail_quote|gmail_extra|gmail_signature|yahoo_quoted|moz-cite-prefix)\b|id\s*=\s*["']?Signature["'\s>]|type\s*=\s*["']?cite/i;
const REST_IS_QUOTE_MARK = /id\s*=\s*["']?(divRplyFwdMsg|appendonsend)/i;
const MAX_ATTRIBUTES_READ = 2000;
const VOID_TAGS = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'source']);

/** Tag stripping for when no HTML parser exists: same text rules, markup read only to be skipped. */
export function stripTags(html: string): string {
  const out = new TextBuilder();
  let skipping: { tag: string; depth: number } | null = null;
  let preDepth = 0;
  let at = 0;
  let gt = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    const textEnd = lt === -1 ? html.length : lt;
    if (!skipping && textEnd > at) out.addText(decodeEntities(html.slice(at, textEnd)), preDepth > 0);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      at = close === -1 ? html.length : close + 3;
      continue;
    }
    // The next ">" is found once and reused until passed: a search per "<" would be quadratic.
    if (gt !== -1 && gt <= lt) gt = html.indexOf('>', lt + 1);
    if (gt !== -1 && (html[lt + 1] === '!' || html[lt + 1] === '?')) {
      // <!DOCTYPE ...>, <![CDATA[...]]> markers, <?xml ...?>: never text.
      at = gt + 1;
      continue;
    }
    if (gt === -1) {
      // No tag closes after this point, so the rest is text.
      if (!skipping) out.addText(decodeEntities(html.slice(lt)), preDepth > 0);
      break;
    }
    const tagMatch = /^<(\/?)([a-zA-Z][\w:-]*)/.exec(html.slice(lt, lt + 40));
    if (!tagMatch) {
      // A lone "<" is text ("5 < 6").
      if (!skipping) out.addText('<', preDepth > 0);
      at = lt + 1;
      continue;
    }
    at = gt + 1;
    const closing = tagMatch[1] === '/';
    const tag = tagMatch[2]!.toLowerCase();
    // Only the start of a tag can hold what matters; a giant tag is junk.
    const attributes = html.slice(lt + tagMatch[0].length, Math.min(gt, lt + MAX_ATTRIBUTES_READ));
    if (skipping) {
      if (tag === skipping.tag && !VOID_TAGS.has(tag)) skipping.depth += closing ? -1 : 1;
      if (skipping.depth === 0) skipping = null;
      continue;
    }
    if (!closing && REST_IS_QUOTE_MARK.test(attributes)) break;
    if (!closing && !VOID_TAGS.has(tag) && !attributes.endsWith('/')) {
      if (INVISIBLE_TAGS.has(tag) || QUOTE_MARK.test(attributes) || /display\s*:\s*none/i.test(attributes)) {
        skipping = { tag, depth: 1 };
        continue;
      }
    }
    if (tag === 'pre') preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
    if (tag === 'br') out.addLineBreak();
    else if (closing) closeElement(out, tag);
    else openElement(out, tag);
  }
  return out.toString();
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bull: '•', middot: '·',
  copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', deg: '°', times: '×',
  eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à', aacute: 'á', acirc: 'â', ccedil: 'ç', ouml: 'ö',
  uuml: 'ü', auml: 'ä', szlig: 'ß', ntilde: 'ñ', iacute: 'í', oacute: 'ó', uacute: 'ú', zwnj: '', zwj: '',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return Object.hasOwn(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body]! : whole;
  });
}
