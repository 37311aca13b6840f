import { expect, GMAIL, longTasksSince, OUTLOOK, recordLongTasks, test } from './extension';

test('Gmail inbox rows the engine flags get a priority chip, calm rows none', async ({ page }) => {
  await page.goto(GMAIL.inbox);
  const chips = page.getByTestId('tt-chip');
  await expect(chips).toHaveCount(2);
  await expect(page.locator('tr.zA', { hasText: "I'm not paying this invoice" }).getByTestId('tt-chip')).toHaveAttribute('data-priority', 'high');
  await expect(page.locator('tr.zA', { hasText: 'Re: Invoice #2047' }).getByTestId('tt-chip')).toHaveAttribute('data-priority', /high|medium|low/);
  await expect(page.locator('tr.zA', { hasText: 'Lunch next week?' }).getByTestId('tt-chip')).toHaveCount(0);
});

test('Outlook message list rows the engine flags get a priority chip', async ({ page }) => {
  await page.goto(OUTLOOK.inbox);
  await expect(page.locator('[role=option]', { hasText: "I'm not paying this invoice" }).getByTestId('tt-chip')).toHaveAttribute(
    'data-priority',
    'high',
  );
  await expect(page.locator('[role=option]', { hasText: 'Lunch next week?' }).getByTestId('tt-chip')).toHaveCount(0);
});

test('a hundred inbox rows get their chips without a long task on the page', async ({ page }) => {
  await recordLongTasks(page);
  await page.goto(GMAIL.inbox);
  await expect(page.getByTestId('tt-chip')).toHaveCount(2);
  const since = await page.evaluate(() => performance.now());
  // Grow the list to 100 rows, as Gmail does when the next page of mail loads.
  await page.evaluate(() => {
    const rows = [...document.querySelectorAll('tr.zA')];
    const body = rows[0]!.parentElement!;
    for (let i = rows.length; i < 100; i++) {
      const row = rows[i % rows.length]!.cloneNode(true) as HTMLElement;
      row.querySelector('[data-testid="tt-chip"]')?.remove();
      row.querySelector('[data-legacy-thread-id]')!.setAttribute('data-legacy-thread-id', (0x18f4000000000000n + BigInt(i)).toString(16));
      body.append(row);
    }
  });
  const flaggedRows = await page.locator('tr.zA', { hasText: /I'm not paying this invoice|Re: Invoice #2047/ }).count();
  await expect(page.getByTestId('tt-chip')).toHaveCount(flaggedRows);
  expect(flaggedRows).toBeGreaterThan(20);
  expect(await longTasksSince(page, since)).toEqual([]);
});
