import { expect, GMAIL, longTasksSince, OUTLOOK, recordLongTasks, test } from './extension';

// Every test fails on a request outside the fixture pages (see unexpectedRequests in extension.ts);
// this one walks through every view so that no path is left unchecked.
test('no view of either site makes a network request', async ({ page, unexpectedRequests }) => {
  for (const url of [GMAIL.inbox, GMAIL.thread(GMAIL.difficult), GMAIL.thread(GMAIL.broken), GMAIL.thread(GMAIL.long)]) {
    await page.goto(url);
    await expect(page.getByTestId('tt-sidebar').or(page.getByTestId('tt-chip')).first()).toBeVisible();
  }
  for (const url of [OUTLOOK.inbox, OUTLOOK.thread(OUTLOOK.difficult), OUTLOOK.thread(OUTLOOK.broken)]) {
    await page.goto(url);
    await expect(page.getByTestId('tt-sidebar').or(page.getByTestId('tt-chip')).first()).toBeVisible();
  }
  expect(unexpectedRequests).toEqual([]);
});

for (const [site, pages, row] of [
  ['Gmail', GMAIL, `tr.zA[data-href="#inbox/${GMAIL.difficult}"]`],
  ['Outlook', OUTLOOK, `[role=option][data-convid="${decodeURIComponent(OUTLOOK.difficult)}"]`],
] as const) {
  test(`opening a ${site} thread causes no long task on the page`, async ({ page }) => {
    await recordLongTasks(page);
    await page.goto(pages.inbox);
    await expect(page.getByTestId('tt-chip').first()).toBeVisible();
    const since = await page.evaluate(() => performance.now());
    await page.locator(row).click();
    await expect(page.getByTestId('tt-finding').first()).toBeVisible();
    // Let clicks on findings and late renders settle before reading the list.
    await page.waitForTimeout(300);
    expect(await longTasksSince(page, since)).toEqual([]);
  });
}
