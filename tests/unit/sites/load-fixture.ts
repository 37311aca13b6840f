import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface HappyDomWindow {
  happyDOM: { setURL(url: string): void };
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/webmail');

export type WebmailFixture = 'gmail-2026-11.html' | 'outlook-2026-11.html';

/**
 * Puts a fixture page into the test's happy-dom document at the given URL and runs its inline script
 * (happy-dom does not evaluate scripts), so the page renders the view that URL asks for.
 */
export async function loadFixturePage(fixture: WebmailFixture, url: string): Promise<void> {
  const html = readFileSync(join(FIXTURES, fixture), 'utf8');
  loadPage(html, url);
  // A changed hash queues a hashchange; let it pass so it cannot re-render the page under the test.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const page = new DOMParser().parseFromString(html, 'text/html');
  for (const script of page.querySelectorAll('script')) new Function(script.textContent ?? '')();
}

/** Puts any captured page into the document, without running its scripts. */
export function loadPage(html: string, url: string): void {
  (window as unknown as HappyDomWindow).happyDOM.setURL(url);
  const page = new DOMParser().parseFromString(html, 'text/html');
  document.title = page.title;
  document.body.innerHTML = page.body.innerHTML;
}
