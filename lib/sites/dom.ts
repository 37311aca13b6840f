/** Small DOM helpers shared by the site adapters. Only lib/sites uses them. */

const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;

/** The first e-mail address in a piece of text, lower-cased. */
export function findEmail(text: string | null | undefined): string | undefined {
  return text ? EMAIL.exec(text)?.[0].toLowerCase() : undefined;
}

/** The element's visible text with runs of white space collapsed. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first element that matches one of the selectors, tried in order (a stable hook first, then fallbacks). */
export function queryFirst(root: ParentNode, selectors: readonly string[]): HTMLElement | null {
  for (const selector of selectors) {
    const found = root.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/** Every element matching the first selector of the list that matches anything. */
export function queryAllFirst(root: ParentNode, selectors: readonly string[]): HTMLElement[] {
  for (const selector of selectors) {
    const found = [...root.querySelectorAll<HTMLElement>(selector)];
    if (found.length > 0) return found;
  }
  return [];
}

/** Drops elements nested inside another element of the list (a message that holds a quoted message). */
export function outermost(elements: HTMLElement[]): HTMLElement[] {
  return elements.filter((element) => !elements.some((other) => other !== element && other.contains(element)));
}

export interface WaitOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Resolves with what `find` returns once it is non-null, checking now and after each DOM change, or with
 * null after the timeout or on abort. The observer and timer are always released.
 */
export function waitForElement(
  doc: Document,
  find: () => HTMLElement | null,
  { timeoutMs = 3000, signal }: WaitOptions = {},
): Promise<HTMLElement | null> {
  const found = find();
  if (found || signal?.aborted) return Promise.resolve(found);
  return new Promise((resolve) => {
    const view = doc.defaultView;
    if (!view) {
      resolve(null);
      return;
    }
    const finish = (result: HTMLElement | null) => {
      observer.disconnect();
      view.clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => finish(null);
    const observer = new view.MutationObserver(() => {
      const element = find();
      if (element) finish(element);
    });
    const timer = view.setTimeout(() => finish(find()), timeoutMs);
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Clicks the way a user does: sites such as Gmail act on mousedown/mouseup, not only on click. */
export function pressElement(element: HTMLElement): void {
  const view = element.ownerDocument.defaultView;
  if (!view) return;
  for (const type of ['mousedown', 'mouseup']) {
    element.dispatchEvent(new view.MouseEvent(type, { bubbles: true, cancelable: true, view }));
  }
  element.click();
}
