import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { debounce } from './debounce';

/** Marks every element the extension adds to the page, so its own changes never trigger a re-read. */
export const OWN_NODE_ATTRIBUTE = 'data-tone-triage';

const QUIET_MS = 150;
const MAX_WAIT_MS = 1000;

export interface PageWatchHandlers {
  /** The URL changed: whatever was shown for the old view is stale now. */
  onNavigate(): void;
  /** The page settled after a navigation or a change of its DOM: read it again. */
  onSettled(): void;
}

/**
 * Follows a single-page webmail app: URL changes and DOM changes, debounced into one read. The
 * observer and the timers stop when the content script is invalidated.
 */
export function watchPage(ctx: ContentScriptContext, handlers: PageWatchHandlers, root: Node = document.body): void {
  const settled = debounce(() => ctx.isValid && handlers.onSettled(), QUIET_MS, MAX_WAIT_MS);
  const observer = new MutationObserver((records) => {
    if (records.some((record) => !isOwnChange(record))) settled();
  });
  observer.observe(root, { childList: true, subtree: true });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    handlers.onNavigate();
    settled();
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    settled.cancel();
  });
}

function isOwnChange(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => node instanceof Element && node.hasAttribute(OWN_NODE_ATTRIBUTE));
}
