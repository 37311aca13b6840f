import { defineConfig } from '@playwright/test';

// End-to-end tests drive the built extension (.output/chrome-mv3: run `wxt build` first) in Debian's
// Chromium against the webmail fixture pages; see tests/e2e/extension.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // One browser at a time: on a two-core machine a second one skews the long-task and timing checks.
  workers: 1,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  retries: 0,
  reporter: 'list',
  forbidOnly: !!process.env.CI,
});
