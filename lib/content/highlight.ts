/**
 * Shows a finding's evidence in the message body with the CSS Custom Highlight API: a Range over
 * the page's own text nodes, painted by a ::highlight() rule. Gmail's DOM is never modified.
 */

export const HIGHLIGHT_NAME = 'tone-triage-evidence';

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelled out so this also runs where NodeFilter is not global

/**
 * The range of `root`'s text that reads as `evidence`. White space is ignored on both sides: the
 * engine's text breaks lines where the page has <br> and blocks, and the page may have runs of
 * spaces or none at all between two blocks. Case is ignored too.
 */
export function findTextRange(root: Node, evidence: string): Range | null {
  const needle = evidence.replace(/\s+/g, '').toLowerCase();
  if (!needle || !root.ownerDocument) return null;
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  // Each non-space character of the body, with where it sits.
  const chars: string[] = [];
  const where: Array<{ node: Text; offset: number }> = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      if (/\s/.test(data[i]!)) continue;
      chars.push(data[i]!.toLowerCase());
      where.push({ node, offset: i });
    }
  }
  const at = chars.join('').indexOf(needle);
  if (at === -1) return null;
  const first = where[at]!;
  const last = where[at + needle.length - 1]!;
  const range = doc.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}

type HighlightApi = { highlights: Map<string, unknown> };
type HighlightConstructor = new (...ranges: Range[]) => unknown;

function highlightApi(): { registry: HighlightApi['highlights']; Highlight: HighlightConstructor } | undefined {
  const registry = (globalThis.CSS as unknown as Partial<HighlightApi> | undefined)?.highlights;
  const Highlight = (globalThis as { Highlight?: HighlightConstructor }).Highlight;
  return registry && Highlight ? { registry, Highlight } : undefined;
}

/**
 * Scrolls to the evidence in `body` and highlights it; scrolls to `fallback` (the message) when the
 * words are not found or the browser has no highlight API. Returns whether the words were marked.
 */
export function showEvidence(body: HTMLElement | null, evidence: string, fallback: HTMLElement): boolean {
  clearEvidence();
  const range = body ? findTextRange(body, evidence) : null;
  const api = highlightApi();
  const target = range?.startContainer.parentElement ?? fallback;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (!range || !api) return false;
  api.registry.set(HIGHLIGHT_NAME, new api.Highlight(range));
  return true;
}

export function clearEvidence(): void {
  highlightApi()?.registry.delete(HIGHLIGHT_NAME);
}
