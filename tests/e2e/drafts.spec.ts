import type { Page } from '@playwright/test';
import { expect, GMAIL, OUTLOOK, seedStorage, sidebar, test } from './extension';
import { SETTINGS } from './sample-settings';


const replyEditor = (page: Page) => page.locator('[contenteditable=true][role=textbox]');
const drafts = (page: Page) => page.getByTestId('tt-drafts');

/** Picks a suggested reply by title, showing the replies for the other findings first when needed. */
async function pick(page: Page, title: RegExp) {
  await expect(drafts(page).getByTestId('tt-suggestion').first()).toBeVisible();
  const more = drafts(page).getByRole('button', { name: /More replies for other findings/ });
  if (await more.isVisible()) await more.click();
  await drafts(page).getByRole('button', { name: title }).click();
}

/** The editor's lines before the first signature or quote block, as the user sees them. */
const linesAboveSignature = (page: Page, signature: string) =>
  replyEditor(page).evaluate((editor, selector) => {
    const lines: string[] = [];
    for (const child of editor.children) {
      if (child.matches(selector) || child.querySelector(selector)) break;
      lines.push(child.textContent ?? '');
    }
    return lines;
  }, signature);

for (const [site, pages, signature] of [
  ['Gmail', GMAIL, '.gmail_signature'],
  ['Outlook', OUTLOOK, '#Signature'],
] as const) {
  test(`on ${site}, a draft lands in the reply editor above the signature, filled from the thread and profile`, async ({ page, serviceWorker }) => {
    await seedStorage(serviceWorker, { settings: SETTINGS });
    await page.goto(pages.thread(pages.difficult));
    await expect(drafts(page)).toBeVisible();
    await pick(page, /Offer to resolve it directly/);
    await expect(page.getByTestId('tt-unfilled')).toHaveCount(0);
    await page.getByTestId('tt-insert-draft').click();
    await expect(page.getByTestId('tt-drafts-status')).toHaveText(/Draft inserted/);

    const lines = await linesAboveSignature(page, signature);
    expect(lines[0]).toBe('Hi Derek,');
    expect(lines).toContain('Sam Rivera, Rivera Studio');
    expect(lines.join('\n')).toMatch(/by (Monday|Tuesday|Wednesday|Thursday|Friday),? /);
    expect(lines.join('\n')).not.toMatch(/\[|\{\{/);
    await expect(replyEditor(page).locator(signature).first()).toContainText('Sam Rivera');
  });
}

test('blanks are filled in the panel, and a second insert asks before replacing the first', async ({ page, serviceWorker }) => {
  await seedStorage(serviceWorker, { settings: SETTINGS });
  await page.goto(GMAIL.thread(GMAIL.difficult));
  await expect(sidebar(page)).toBeVisible();
  await pick(page, /Restate what was delivered/);
  await expect(page.getByTestId('tt-unfilled-warning')).toContainText('What was delivered, Delivery date');
  await page.getByTestId('tt-blank-delivered_work').fill('the new website');
  await page.getByTestId('tt-blank-delivery_date').fill('2 November');
  await expect(page.getByTestId('tt-unfilled-warning')).toHaveCount(0);
  await page.getByTestId('tt-insert-draft').click();
  await expect(replyEditor(page)).toContainText('the new website was delivered on 2 November');
  await expect(replyEditor(page)).toContainText('payment within 14 days of invoice');

  await pick(page, /Offer to resolve it directly/);
  await page.getByTestId('tt-insert-draft').click();
  await expect(page.getByRole('alertdialog', { name: 'Your reply already has text' })).toBeVisible();
  await expect(replyEditor(page)).toContainText('the new website');
  await page.getByTestId('tt-replace-text').click();
  await expect(replyEditor(page)).not.toContainText('the new website');
  await expect(replyEditor(page)).toContainText("I'd like the chance to resolve it with you directly");
});

test('a draft with blanks is inserted only after a warning, with the blanks shown as labels', async ({ page }) => {
  await page.goto(OUTLOOK.thread(OUTLOOK.difficult));
  await pick(page, /Restate what was delivered/);
  await page.getByTestId('tt-insert-draft').click();
  await expect(page.getByRole('alertdialog', { name: 'Insert with blanks?' })).toBeVisible();
  await expect(replyEditor(page)).toHaveCount(0);
  await page.getByTestId('tt-insert-anyway').click();
  await expect(replyEditor(page)).toContainText('[What was delivered] was delivered on [Delivery date]');
});
