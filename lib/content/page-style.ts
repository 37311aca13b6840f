import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HIGHLIGHT_NAME } from './highlight';
import { OWN_NODE_ATTRIBUTE } from './page-watch';

// The only styles the extension puts in the page itself (the sidebar has its own shadow root): the
// evidence highlight and the inbox chips, which live in the site's DOM.
const PAGE_CSS = `
::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd54f; color: #1a1a1a; }
[data-testid="tt-chip"] {
  display: inline-block; margin: 0 6px 0 0; padding: 0 6px; border-radius: 8px; vertical-align: middle;
  font: 600 11px/16px system-ui, sans-serif; color: #fff; background: #757575;
}
[data-testid="tt-chip"]::before { content: attr(data-priority); }
[data-testid="tt-chip"][data-priority="high"] { background: #c62828; }
[data-testid="tt-chip"][data-priority="medium"] { background: #e65100; }
[data-testid="tt-chip"][data-priority="low"] { background: #546e7a; }
`;

/** Adds the page styles once; they go when the content script is invalidated. */
export function injectPageStyle(ctx: ContentScriptContext, doc: Document = document): void {
  const style = doc.createElement('style');
  style.setAttribute(OWN_NODE_ATTRIBUTE, 'style');
  style.textContent = PAGE_CSS;
  (doc.head ?? doc.documentElement).append(style);
  ctx.onInvalidated(() => style.remove());
}
