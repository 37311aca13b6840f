import { expect, finding, findings, GMAIL, OUTLOOK, readStorage, test } from './extension';

test('clicking a finding highlights its evidence in the message without changing the page', async ({ page }) => {
  await page.goto(GMAIL.thread(GMAIL.difficult));
  const payment = finding(page, 'payment_dispute').filter({ hasText: "I'm not paying" });
  await expect(payment).toHaveCount(1);
  const body = page.locator('div.a3s', { hasText: "I'm not paying this invoice" }).first();
  const bodyBefore = await body.innerHTML();
  await payment.getByTestId('tt-evidence').click();
  await expect
    .poll(() => page.evaluate(() => [...((CSS.highlights.get('tone-triage-evidence') as Highlight | undefined) ?? [])].map((r) => r.toString())))
    .toEqual(["I'm not paying"]);
  const highlighted = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('tone-triage-evidence') as Highlight)][0] as Range;
    return (range.startContainer.parentElement?.closest('div.a3s') as HTMLElement | null)?.innerHTML;
  });
  expect(highlighted).toBe(bodyBefore);
});

test('the highlight is cleared when another thread opens', async ({ page }) => {
  await page.goto(GMAIL.thread(GMAIL.difficult));
  await finding(page, 'reputation_threat').first().getByTestId('tt-evidence').click();
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('tone-triage-evidence'))).toBe(true);
  await page.evaluate((id) => (location.hash = `#inbox/${id}`), GMAIL.calm);
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('tone-triage-evidence'))).toBe(false);
});

test('"Not an issue" hides that finding at once and after a reload', async ({ page, serviceWorker }) => {
  await page.goto(GMAIL.thread(GMAIL.difficult));
  const payment = finding(page, 'payment_dispute').filter({ hasText: "I'm not paying" });
  await payment.getByRole('button', { name: 'Not an issue' }).click();
  await expect(payment).toHaveCount(0);
  await expect(finding(page, 'reputation_threat').first()).toBeVisible();
  await expect.poll(() => readStorage(serviceWorker, 'preferences')).toMatchObject({ dismissed: [expect.stringContaining("i'm not paying")] });
  await page.reload();
  await expect(finding(page, 'reputation_threat').first()).toBeVisible();
  await expect(payment).toHaveCount(0);
});

test('"Allow this phrase" stops the phrase from being flagged, here and in the engine', async ({ page, serviceWorker }) => {
  await page.goto(OUTLOOK.thread(OUTLOOK.difficult));
  const review = finding(page, 'reputation_threat').first();
  const evidence = (await review.locator('q').textContent())!;
  await review.getByRole('button', { name: 'Allow this phrase' }).click();
  await expect(finding(page, 'reputation_threat').filter({ hasText: evidence })).toHaveCount(0);
  await expect.poll(() => readStorage(serviceWorker, 'preferences')).toMatchObject({ allowedPhrases: [evidence] });
  await page.reload();
  await expect(finding(page, 'payment_dispute').first()).toBeVisible();
  await expect(finding(page, 'reputation_threat').filter({ hasText: evidence })).toHaveCount(0);
});

test('"Mute this category" removes the whole category and the priority follows', async ({ page, serviceWorker }) => {
  await page.goto(GMAIL.thread(GMAIL.difficult));
  await expect(page.getByTestId('tt-priority')).toHaveText('high');
  for (const category of ['payment_dispute', 'reputation_threat', 'hostility', 'blame_dispute']) {
    const first = finding(page, category).first();
    if ((await first.count()) === 0) continue;
    await first.getByRole('button', { name: 'Mute this category' }).click();
    await expect(finding(page, category)).toHaveCount(0);
  }
  await expect(page.getByTestId('tt-priority')).not.toHaveText('high');
  await expect(finding(page, 'repeated_contact').first()).toBeVisible();
  await expect.poll(() => readStorage(serviceWorker, 'preferences')).toMatchObject({
    mutedCategories: expect.arrayContaining(['payment_dispute', 'reputation_threat']),
  });
  await page.reload();
  await expect(finding(page, 'repeated_contact').first()).toBeVisible();
  await expect(finding(page, 'payment_dispute')).toHaveCount(0);
  await expect(findings(page).first()).toBeVisible();
});
