import { expect, finding, findings, GMAIL, OUTLOOK, sidebar, test } from './extension';

test('moving between Gmail threads keeps one sidebar and changes the findings', async ({ page }) => {
  await page.goto(GMAIL.thread(GMAIL.difficult));
  await expect(finding(page, 'payment_dispute').first()).toBeVisible();

  await page.getByRole('link', { name: 'Inbox' }).click();
  await expect(sidebar(page)).toHaveCount(0);
  await page.locator(`tr.zA[data-href="#inbox/${GMAIL.calm}"]`).click();
  await expect(page.getByTestId('tt-priority')).toHaveText('none');
  await expect(finding(page, 'payment_dispute')).toHaveCount(0);

  await page.evaluate((id) => (location.hash = `#inbox/${id}`), GMAIL.difficult);
  await expect(finding(page, 'payment_dispute').first()).toBeVisible();
  await expect(sidebar(page)).toHaveCount(1);
  await expect(page.locator('tone-triage-sidebar')).toHaveCount(1);
});

test('moving between Outlook conversations keeps one sidebar and changes the findings', async ({ page }) => {
  await page.goto(OUTLOOK.thread(OUTLOOK.difficult));
  await expect(finding(page, 'reputation_threat').first()).toBeVisible();
  await page.locator(`[role=option][data-convid="${decodeURIComponent(OUTLOOK.calm)}"]`).click();
  await expect(page.getByTestId('tt-priority')).toHaveText('none');
  await expect(findings(page)).toHaveCount(0);
  await page.goBack();
  await expect(finding(page, 'reputation_threat').first()).toBeVisible();
  await expect(page.locator('tone-triage-sidebar')).toHaveCount(1);
});

test('a long thread with collapsed messages is read and flagged by what shows', async ({ page }) => {
  await page.goto(GMAIL.thread(GMAIL.long));
  await expect(page.getByTestId('tt-priority')).toHaveText(/^(none|low|medium)$/);
  await expect(sidebar(page)).toHaveCount(1);
});

test('a new message arriving in the open thread is read and flagged', async ({ page }) => {
  await page.goto(GMAIL.thread(GMAIL.calm));
  await expect(page.getByTestId('tt-priority')).toHaveText('none');
  await page.evaluate((id) => {
    const fixture = (window as unknown as { __gmailFixture: { threads: Record<string, { messages: object[] }>; render(): void } })
      .__gmailFixture;
    fixture.threads[id]!.messages.push({
      id: '18f31d0000000003',
      from: { name: 'Priya Shah', email: 'priya@shahbakery.co' },
      date: 'Fri, Nov 20, 2026, 1:00 PM',
      body: "<div dir=\"ltr\">Actually, if the photos aren't up by tonight we'll take our business elsewhere.</div>",
    });
    fixture.render();
  }, GMAIL.calm);
  await expect(finding(page, 'cancellation_threat').first()).toContainText('business elsewhere');
  await expect(page.getByTestId('tt-priority')).toHaveText('high');
  await expect(sidebar(page)).toHaveCount(1);
});
