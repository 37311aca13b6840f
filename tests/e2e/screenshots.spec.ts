import path from 'node:path';
import { expect, findings, GMAIL, sidebar, test } from './extension';
import { seedThreadRecords, threadRecord } from './thread-records';

// The README's pictures, taken from the built extension on the fixture pages: run this spec to refresh them.
const SCREENSHOTS_DIR = path.resolve('docs/screenshots');
const shot = (name: string) => path.join(SCREENSHOTS_DIR, name);

const MINUTE = 60_000;
const QUEUE = [
  threadRecord('18f2b7c3a9d4e501', {
    subject: 'Re: Invoice #2047',
    sender: 'Gary Holt',
    categories: ['payment_dispute', 'reputation_threat', 'repeated_contact'],
    topEvidence: "I'm not paying this invoice until the site works",
    seenAt: Date.now() - 4 * MINUTE,
  }),
  threadRecord('AAQkADAwATM3ZmYAZS1hZGU2LTg4ZTIALgAQAKv7L0q2xkZEiS0pG9y8m6E%3D', {
    site: 'outlook',
    subject: 'Contract for the spring campaign',
    sender: 'Dana Whitfield',
    categories: ['cancellation_threat'],
    topEvidence: "we'll take our business elsewhere",
    seenAt: Date.now() - 40 * MINUTE,
  }),
  threadRecord('18f36a1b2c3d4e41', {
    subject: 'Quick extra pages?',
    sender: 'Priya Nair',
    priority: 'medium',
    categories: ['scope_creep', 'unpaid_work_request'],
    topEvidence: 'could you also throw in a few landing pages, should be quick',
    seenAt: Date.now() - 3 * 60 * MINUTE,
  }),
  threadRecord('18f36f0e1d2c3b51', {
    subject: 'Need this today',
    sender: 'Tom Becker',
    priority: 'low',
    categories: ['urgency_pressure'],
    topEvidence: 'I need this by end of day, no excuses',
    seenAt: Date.now() - 5 * 60 * MINUTE,
  }),
];

test('screenshot: the Gmail thread with the sidebar open', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(GMAIL.thread(GMAIL.difficult));
  await expect(sidebar(page)).toHaveCount(1);
  await expect(findings(page).first()).toBeVisible();
  await page.screenshot({ path: shot('sidebar-gmail.png') });
});

test('screenshot: the popup with a few flagged threads', async ({ page, extensionId, serviceWorker }) => {
  await seedThreadRecords(serviceWorker, QUEUE);
  // Chrome's popup grows to its content up to 600px; the popup caps itself at 580.
  await page.setViewportSize({ width: 420, height: 580 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByTestId('tt-thread')).toHaveCount(QUEUE.length);
  await page.screenshot({ path: shot('popup.png') });
});

test('screenshot: the settings page', async ({ page, extensionId }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Tone Triage settings' })).toBeVisible();
  await page.screenshot({ path: shot('options.png') });
});
