/**
 * Qapı's end-to-end tests: the real release bundle, served by qapi-server,
 * driven in Debian's Chromium.
 *
 *   npx playwright test -c tests/e2e/playwright.config.ts
 *
 * The server is not started here (the xtask does it); point the tests at
 * another one with QAPI_BASE_URL.
 */
import { defineConfig, devices } from '@playwright/test';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..');

export default defineConfig({
  testDir: '.',
  outputDir: join(REPO_ROOT, 'test-results', 'e2e'),
  fullyParallel: true,
  // Always: .ci/run does not set CI, and a stray test.only must not shrink the suite.
  forbidOnly: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: process.env.QAPI_BASE_URL ?? 'http://127.0.0.1:8080',
    // A fixed browser language, so `/` goes to /en unless a test says otherwise.
    locale: 'en-US',
    // axe-core is injected as an inline script, which the server's CSP rightly
    // forbids; content_security_policy.spec.ts turns this off to test the CSP.
    bypassCSP: true,
    // The service worker would answer requests a test routes (`config.json`)
    // from its cache; installable.spec.ts turns it on to test it.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            // widget.spec.ts frames the app (on 127.0.0.1) from hosts that are
            // public sites to Chromium, which its Local Network Access checks
            // would refuse; a real host and the agency's site are both public.
            '--disable-features=LocalNetworkAccessChecks',
          ],
        },
      },
    },
  ],
});
