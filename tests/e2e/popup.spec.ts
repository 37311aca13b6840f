import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, GMAIL, readStorage, sidebar, test } from './extension';
import { badgeText, seedThreadRecords, threadRecord } from './thread-records';

async function openPopup(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('heading', { name: 'Tone Triage' })).toBeVisible();
}

const rows = (page: Page) => page.getByTestId('tt-thread');
const row = (page: Page, threadId: string) => page.locator(`[data-testid="tt-thread"][data-thread-id="${threadId}"]`);
const listedIds = (page: Page) => rows(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-thread-id')));
const search = (page: Page) => page.getByRole('searchbox', { name: 'Search subject and sender' });

test('a thread analysed in Gmail is listed in the popup with the priority the sidebar showed', async ({ context, page, extensionId }) => {
  await page.goto(GMAIL.thread(GMAIL.difficult));
  await expect(sidebar(page)).toHaveCount(1);
  const priority = (await page.getByTestId('tt-priority').textContent())?.trim();
  expect(priority).toBe('high');

  const popup = await context.newPage();
  await openPopup(popup, extensionId);
  await expect(rows(popup)).toHaveCount(1);
  await expect(rows(popup)).toHaveAttribute('data-thread-id', GMAIL.difficult);
  await expect(rows(popup)).toHaveAttribute('data-priority', priority!);
  await expect(rows(popup)).toContainText("I'm not paying");
});

test('handled hides a thread, undo brings it back, and the badge counts open high-priority threads', async ({ context, page, extensionId, serviceWorker }) => {
  await page.goto(GMAIL.thread(GMAIL.difficult));
  await expect(page.getByTestId('tt-priority')).toHaveText('high');
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');

  const popup = await context.newPage();
  await openPopup(popup, extensionId);
  await row(popup, GMAIL.difficult).getByRole('button', { name: 'Handled' }).click();
  await expect(row(popup, GMAIL.difficult)).toHaveCount(0);
  await expect(popup.getByRole('status')).toContainText('handled');
  await expect.poll(() => badgeText(serviceWorker)).toBe('');

  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(row(popup, GMAIL.difficult)).toHaveCount(1);
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');
});

test('a suggested reply in the popup is inserted into the thread\'s reply editor in Gmail', async ({ context, page, extensionId }) => {
  await page.goto(GMAIL.thread(GMAIL.difficult));
  await expect(page.getByTestId('tt-priority')).toHaveText('high');

  const popup = await context.newPage();
  await openPopup(popup, extensionId);
  await row(popup, GMAIL.difficult).locator('.row-main').click();
  await expect(popup.getByTestId('tt-popup-template').first()).toBeVisible();
  await popup.getByTestId('tt-popup-insert').click();
  // The draft may still have blanks (what was delivered, and when): insert it with them shown.
  const withBlanks = popup.getByTestId('tt-insert-anyway');
  if (await withBlanks.isVisible()) await withBlanks.click();
  await expect(popup.getByTestId('tt-drafts-status')).toContainText('Draft inserted');

  const editor = page.locator('[contenteditable=true][role=textbox]');
  await expect(editor).toContainText('Derek');
});

test('the badge follows stored records: only open high-priority threads count', async ({ serviceWorker }) => {
  await seedThreadRecords(serviceWorker, [
    threadRecord('h1'),
    threadRecord('h2'),
    threadRecord('done', { handledAt: Date.now() }),
    threadRecord('later', { snoozedUntil: Date.now() + 3_600_000 }),
    threadRecord('m1', { priority: 'medium', categories: ['scope_creep'] }),
  ]);
  await expect.poll(() => badgeText(serviceWorker)).toBe('2');
  await seedThreadRecords(serviceWorker, []);
  await expect.poll(() => badgeText(serviceWorker)).toBe('');
});

test.describe('with 500 stored threads', () => {
  const TOPICS = ['Invoice dispute', 'Retainer renewal', 'Launch date', 'Logo revisions', 'Contract terms'];
  const PRIORITIES = ['high', 'medium', 'low'] as const;
  // Thread i: topic i % 5, priority i % 3, so each filter's count is known without the app's own logic.
  const many = Array.from({ length: 500 }, (_, i) =>
    threadRecord(`t${i}`, { subject: `${TOPICS[i % 5]} #${i}`, priority: PRIORITIES[i % 3], seenAt: Date.now() - i * 60_000 }),
  );

  test('all render, and search and the priority filter narrow the list', async ({ page, extensionId, serviceWorker }) => {
    await seedThreadRecords(serviceWorker, many);
    await openPopup(page, extensionId);
    await expect(rows(page)).toHaveCount(500);
    await expect(page.getByText('500 to answer')).toBeVisible();

    await search(page).pressSequentially('retainer');
    await expect(rows(page)).toHaveCount(100);
    await page.getByLabel('Priority').selectOption('high');
    await expect(rows(page)).toHaveCount(33); // i % 15 === 6
    await search(page).clear();
    await expect(rows(page)).toHaveCount(167);
    await page.getByLabel('Priority').selectOption('');
    await expect(rows(page)).toHaveCount(500);
  });

  test('a thread far down the list shows its findings next to it, and the search box stays in view', async ({ page, extensionId, serviceWorker }) => {
    await seedThreadRecords(serviceWorker, many);
    await page.setViewportSize({ width: 420, height: 580 });
    await openPopup(page, extensionId);
    await row(page, 't498').getByRole('button', { name: /#498/ }).click();
    await expect(row(page, 't498').getByRole('region', { name: 'Findings for Logo revisions #498' })).toBeInViewport();
    await expect(search(page)).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Settings' })).toBeInViewport();
  });

  test('the badge counts the 167 open high-priority threads', async ({ serviceWorker }) => {
    await seedThreadRecords(serviceWorker, many);
    await expect.poll(() => badgeText(serviceWorker)).toBe('167');
  });
});

test.describe('filters', () => {
  const now = Date.now();
  const records = [
    threadRecord('gmail-high', { seenAt: now - 1_000 }),
    threadRecord('outlook-high', { site: 'outlook', categories: ['legal_threat'], seenAt: now - 2_000 }),
    threadRecord('gmail-medium', { priority: 'medium', categories: ['scope_creep'], seenAt: now - 3_000 }),
    threadRecord('outlook-low', { site: 'outlook', priority: 'low', categories: ['urgency_pressure'], seenAt: now - 4_000 }),
    threadRecord('gmail-calm', { priority: 'none', categories: ['appreciation'], seenAt: now - 5_000 }),
  ];

  test.beforeEach(async ({ page, extensionId, serviceWorker }) => {
    await seedThreadRecords(serviceWorker, records);
    await openPopup(page, extensionId);
  });

  test('the queue lists flagged threads only, highest priority first', async ({ page }) => {
    await expect.poll(() => listedIds(page)).toEqual(['gmail-high', 'outlook-high', 'gmail-medium', 'outlook-low']);
  });

  test('priority, category and site each narrow the list, and combine', async ({ page }) => {
    await page.getByLabel('Priority').selectOption('high');
    await expect.poll(() => listedIds(page)).toEqual(['gmail-high', 'outlook-high']);
    await page.getByLabel('Site').selectOption('outlook');
    await expect.poll(() => listedIds(page)).toEqual(['outlook-high']);
    await page.getByLabel('Priority').selectOption('');
    await expect.poll(() => listedIds(page)).toEqual(['outlook-high', 'outlook-low']);
    await page.getByLabel('Site').selectOption('');
    await page.getByLabel('Category').selectOption('scope_creep');
    await expect.poll(() => listedIds(page)).toEqual(['gmail-medium']);
  });

  test('a filter nothing matches says so', async ({ page }) => {
    await page.getByLabel('Category').selectOption('hostility');
    await expect(rows(page)).toHaveCount(0);
    await expect(page.getByText('No thread matches these filters.')).toBeVisible();
  });

  test('snooze hides a thread until tomorrow', async ({ page, serviceWorker }) => {
    await row(page, 'gmail-high').getByRole('button', { name: 'Snooze until tomorrow' }).click();
    await expect.poll(() => listedIds(page)).toEqual(['outlook-high', 'gmail-medium', 'outlook-low']);
    const stored = (await readStorage(serviceWorker, 'threadRecords')) as Array<{ threadId: string; snoozedUntil?: number }>;
    expect(stored.find((r) => r.threadId === 'gmail-high')?.snoozedUntil).toBeGreaterThan(Date.now());
    await expect.poll(() => badgeText(serviceWorker)).toBe('1');
  });
});

test('with nothing stored the popup explains what it is for', async ({ page, extensionId }) => {
  await openPopup(page, extensionId);
  await expect(page.getByText('Nothing needs a careful answer yet.')).toBeVisible();
  await expect(page.getByText('0 to answer')).toBeVisible();
  await expect(rows(page)).toHaveCount(0);
});

test('the keyboard alone reaches search, filters, rows and their buttons, and Enter shows a thread', async ({ page, extensionId, serviceWorker }) => {
  await seedThreadRecords(serviceWorker, [
    threadRecord('first', { subject: 'Invoice #2047', seenAt: Date.now() - 1_000 }),
    threadRecord('second', { subject: 'Launch date', seenAt: Date.now() - 2_000 }),
  ]);
  await openPopup(page, extensionId);
  await expect(rows(page)).toHaveCount(2);
  const first = row(page, 'first');
  const stops = [
    search(page),
    page.getByLabel('Priority'),
    page.getByLabel('Category'),
    page.getByLabel('Site'),
    first.getByRole('button', { name: /Invoice #2047/ }),
    first.getByRole('button', { name: 'Handled' }),
    first.getByRole('button', { name: 'Snooze until tomorrow' }),
    row(page, 'second').getByRole('button', { name: /Launch date/ }),
  ];
  for (const stop of stops) {
    await page.keyboard.press('Tab');
    await expect(stop).toBeFocused();
  }

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(stops[4]!).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(stops[4]!).toHaveAttribute('aria-expanded', 'true');
  const details = first.getByRole('region', { name: 'Findings for Invoice #2047' });
  await expect(details).toContainText("I'm not paying this invoice");
  await expect(details.getByRole('button', { name: 'Open thread' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in ${colorScheme} mode`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });

    const seriousViolations = async (page: Page) => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      return violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };

    test('the popup with threads, one open and one just handled, has no serious axe violations', async ({ page, extensionId, serviceWorker }) => {
      await seedThreadRecords(serviceWorker, [
        threadRecord('high'),
        threadRecord('medium', { priority: 'medium', categories: ['scope_creep'], site: 'outlook' }),
        threadRecord('low', { priority: 'low', categories: ['urgency_pressure'] }),
      ]);
      await openPopup(page, extensionId);
      await row(page, 'low').getByRole('button', { name: 'Handled' }).click();
      await row(page, 'high').locator('.row-main').click();
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Open thread' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the empty popup has no serious axe violations', async ({ page, extensionId }) => {
      await openPopup(page, extensionId);
      await expect(page.getByText('Nothing needs a careful answer yet.')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
