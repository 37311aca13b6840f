/**
 * The element's top edge in the viewport, from an IntersectionObserver entry: computed during the
 * browser's own rendering update, so reading it never forces a layout in the middle of the site's
 * re-render. Resolves once, never if the browser has no observer.
 */
export function viewportTop(element: Element): Promise<number> {
  return new Promise((resolve) => {
    if (typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => {
      observer.disconnect();
      if (entry) resolve(Math.max(0, entry.boundingClientRect.top));
    });
    observer.observe(element);
  });
}
