import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type Page, type Request, type Worker } from '@playwright/test';

/**
 * The shared harness: the built extension in Debian's Chromium, the webmail fixture pages served at
 * their real URLs, and a recorder that fails a test on any request that is neither a routed fixture
 * page nor the extension's own files.
 */

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const FIXTURES_DIR = path.resolve('tests/fixtures/webmail');

const FIXTURE_PAGES = [
  { pattern: 'https://mail.google.com/**', file: 'gmail-2026-11.html' },
  { pattern: 'https://outlook.office.com/**', file: 'outlook-2026-11.html' },
];
const ROUTED_ORIGINS = ['https://mail.google.com/', 'https://outlook.office.com/'];

export const GMAIL = {
  inbox: 'https://mail.google.com/mail/u/0/#inbox',
  thread: (id: string) => `https://mail.google.com/mail/u/0/#inbox/${id}`,
  difficult: '18f2b7c3a9d4e501',
  calm: '18f31a0b5c7d8e11',
  long: '18f1e2d3c4b5a621',
  broken: '18f35b6c7d8e9f31',
};

export const OUTLOOK = {
  inbox: 'https://outlook.office.com/mail/inbox',
  thread: (id: string) => `https://outlook.office.com/mail/inbox/id/${id}`,
  difficult: 'AAQkADAwATM3ZmYAZS1hZGU2LTg4ZTIALgAQAKv7L0q2xkZEiS0pG9y8m6E%3D',
  calm: 'AAQkADAwATM3ZmYAZS1hZGU2LTg4ZTIALgAQAFc1hUq9vUxBo7Jm0cD2pQk%3D',
  broken: 'AAQkADAwATM3ZmYAZS1hZGU2LTg4ZTIALgAQAHJ0bQ1uYk5Cj3VwVx6fKzM%3D',
};

// The part of the extension API the tests call inside the worker (evaluated there, typed here).
declare const chrome: {
  storage: {
    local: {
      get(key: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
  };
};

interface TestFixtures {
  serviceWorker: Worker;
  extensionId: string;
  /** Every request the test made that was not a fixture page or an extension file. */
  unexpectedRequests: string[];
}

interface WorkerFixtures {
  /** One Chromium with the extension per worker: a launch costs seconds, a clean slate does not. */
  extensionContext: BrowserContext;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  extensionContext: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const userDataDir = await mkdtemp(path.join(tmpdir(), 'tone-triage-e2e-'));
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: [
          `--disable-extensions-except=${EXTENSION_DIR}`,
          `--load-extension=${EXTENSION_DIR}`,
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
        ],
      });
      for (const { pattern, file } of FIXTURE_PAGES) {
        await context.route(pattern, (route) =>
          route.fulfill({ path: path.join(FIXTURES_DIR, file), contentType: 'text/html; charset=utf-8' }),
        );
      }
      await use(context);
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],

  // Each test starts with no pages open and empty extension storage, and closes what it opened.
  context: async ({ extensionContext }, use) => {
    const worker = extensionContext.serviceWorkers()[0] ?? (await extensionContext.waitForEvent('serviceworker'));
    await worker.evaluate(() => chrome.storage.local.clear());
    await use(extensionContext);
    for (const page of extensionContext.pages()) await page.close();
  },

  page: async ({ context }, use) => {
    await use(await context.newPage());
  },

  unexpectedRequests: [
    async ({ context }, use) => {
      const unexpected: string[] = [];
      const record = (request: Request) => {
        const url = request.url();
        const allowed = url.startsWith('chrome-extension://') || ROUTED_ORIGINS.some((origin) => url.startsWith(origin));
        if (!allowed) unexpected.push(`${request.method()} ${url}`);
      };
      context.on('request', record);
      await use(unexpected);
      context.off('request', record);
      expect(unexpected, 'requests other than the fixture pages and extension files').toEqual([]);
    },
    { auto: true },
  ],

  serviceWorker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export { expect };

/** Sets extension storage from the worker, before the page that reads it opens. */
export async function seedStorage(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate((values) => chrome.storage.local.set(values), items);
}

export async function readStorage(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

/** Everything the extension has stored. */
export async function readAllStorage(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => chrome.storage.local.get(null));
}

/** Collects the page's long tasks from its first script on: read them with `longTasksSince`. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: Array<{ start: number; duration: number }> = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

export async function longTasksSince(page: Page, since: number): Promise<Array<{ start: number; duration: number }>> {
  return page.evaluate(
    (t) => (window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks.filter((x) => x.start >= t),
    since,
  );
}

export const sidebar = (page: Page) => page.getByTestId('tt-sidebar');
export const findings = (page: Page) => page.getByTestId('tt-finding');
export const finding = (page: Page, category: string) => page.locator(`[data-testid="tt-finding"][data-category="${category}"]`);
