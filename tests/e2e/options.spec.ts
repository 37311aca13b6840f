import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, readAllStorage, readStorage, seedStorage, test } from './extension';
import { PROFILE, SETTINGS } from './sample-settings';

const PREFERENCES = { mutedCategories: ['condescension'], allowedPhrases: ['asap'], allowedSenders: ['@client.example'], extraPhrases: { payment_dispute: ['put it on my tab'] }, dismissed: [] };

async function openOptions(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Tone Triage settings' })).toBeVisible();
}

const importFile = (page: Page, name: string, text: string) =>
  page.getByLabel('Import settings file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('the profile is edited, saved, and still there after a reload', async ({ page, extensionId, serviceWorker }) => {
  await openOptions(page, extensionId);
  await page.getByLabel('Your name').fill('Sam Rivera');
  await page.getByLabel('Hourly rate').fill('USD 95 per hour');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();
  expect(await readStorage(serviceWorker, 'settings')).toMatchObject({ profile: { name: 'Sam Rivera', hourlyRate: 'USD 95 per hour' } });
  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('Sam Rivera');
});

test('a bad settings file gets a specific error and changes nothing', async ({ page, extensionId, serviceWorker }) => {
  await seedStorage(serviceWorker, { settings: SETTINGS, preferences: PREFERENCES });
  await openOptions(page, extensionId);
  const bad = { app: 'tone-triage', version: 2, settings: { ...SETTINGS, profile: { ...PROFILE, name: 42 } }, preferences: { ...PREFERENCES, allowedPhrases: [] } };
  await importFile(page, 'bad.json', JSON.stringify(bad));
  const errors = page.getByTestId('tt-import-errors');
  await expect(errors).toContainText('bad.json was not imported; your settings are unchanged.');
  await expect(errors).toContainText('settings.profile.name: Invalid input: expected string, received number');
  await importFile(page, 'broken.json', '{"app": "tone-triage",');
  await expect(errors).toContainText('The file is not valid JSON');
  expect(await readStorage(serviceWorker, 'settings')).toEqual(SETTINGS);
  expect(await readStorage(serviceWorker, 'preferences')).toEqual(PREFERENCES);
  await expect(page.getByLabel('Your name')).toHaveValue('Sam Rivera');
  await expect(page.getByRole('list', { name: 'Add an allowed phrase' })).toContainText('asap');
});

test('exported settings import back after changes, restoring everything', async ({ page, extensionId, serviceWorker }) => {
  await seedStorage(serviceWorker, { settings: SETTINGS, preferences: PREFERENCES });
  await openOptions(page, extensionId);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export settings' }).click();
  const file = await readFile((await (await download).path())!, 'utf8');
  expect(JSON.parse(file)).toMatchObject({ app: 'tone-triage', version: 2, settings: SETTINGS, preferences: PREFERENCES });

  await page.getByLabel('Your name').fill('Someone Else');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await page.getByRole('button', { name: 'Remove "asap"' }).click();
  await page.locator('[data-category="condescension"]').getByRole('checkbox').check();
  await expect.poll(() => readStorage(serviceWorker, 'preferences')).toMatchObject({ mutedCategories: [], allowedPhrases: [] });

  await importFile(page, 'tone-triage-settings.json', file);
  await expect(page.getByText('Settings imported.')).toBeVisible();
  expect(await readStorage(serviceWorker, 'settings')).toEqual(SETTINGS);
  expect(await readStorage(serviceWorker, 'preferences')).toEqual(PREFERENCES);
  await expect(page.getByLabel('Your name')).toHaveValue('Sam Rivera');
  await expect(page.locator('[data-category="condescension"]').getByRole('checkbox')).not.toBeChecked();
});

test('a template is edited with a live preview, duplicated, deleted and restored', async ({ page, extensionId, serviceWorker }) => {
  await seedStorage(serviceWorker, { settings: SETTINGS });
  await openOptions(page, extensionId);
  await page.getByRole('button', { name: 'Offer the next available slots' }).click();
  const body = page.getByLabel('Text');
  await body.fill('Hi {{client_first_name}}, my rate is {{hourly_rate}}. {{delivery_date}}');
  const preview = page.getByRole('document', { name: 'Template preview' });
  await expect(preview).toHaveText('Hi Dana, my rate is USD 95 per hour. [Delivery date]');
  await expect(preview.getByTestId('tt-unfilled')).toHaveText('[Delivery date]');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('button', { name: 'Offer the next available slots (edited)' })).toBeVisible();

  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Offer the next available slots (copy)');
  await expect(page.getByRole('button', { name: 'Offer the next available slots (copy) (yours)' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByRole('button', { name: /\(copy\)/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Offer the next available slots (edited)' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('button', { name: /Offer the next available slots/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Restore default templates' }).click();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Offer the next available slots', exact: true })).toBeVisible();
  expect(await readStorage(serviceWorker, 'settings')).toMatchObject({ templates: { custom: [], edited: {}, deleted: [] } });
});

test('switching a category off and adding a phrase write the lists the sidebar reads', async ({ page, extensionId, serviceWorker }) => {
  await openOptions(page, extensionId);
  await page.locator('[data-category="urgency_pressure"]').getByRole('checkbox').uncheck();
  const payment = page.locator('[data-category="payment_dispute"]');
  await payment.getByText('Your phrases for payment dispute').click();
  await payment.getByLabel('Add a phrase for payment dispute').fill('put it on my tab');
  await payment.getByRole('button', { name: 'Add' }).click();
  await page.getByLabel('Add an allowed phrase').fill('as soon as possible');
  await page.getByLabel('Add an allowed phrase').press('Enter');
  await expect.poll(() => readStorage(serviceWorker, 'preferences')).toMatchObject({
    mutedCategories: ['urgency_pressure'],
    extraPhrases: { payment_dispute: ['put it on my tab'] },
    allowedPhrases: ['as soon as possible'],
  });
});

test('the options page has no serious accessibility violations', async ({ page, extensionId }) => {
  await openOptions(page, extensionId);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the retention period is stored, and "Delete all data" empties the extension storage', async ({ page, extensionId, serviceWorker }) => {
  await seedStorage(serviceWorker, { settings: SETTINGS, preferences: PREFERENCES });
  await openOptions(page, extensionId);
  await page.getByLabel('Keep analysed threads for').fill('7');
  await expect.poll(() => readStorage(serviceWorker, 'retentionDays')).toBe(7);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Delete all data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was deleted' })).toBeVisible();
  expect(await readAllStorage(serviceWorker)).toEqual({});
  await expect(page.getByLabel('Your name')).toHaveValue('');
});
