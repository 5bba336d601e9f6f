/**
 * The installable app: a web manifest in the page's language that Chromium
 * finds installable, and a service worker that keeps the bundle, so after
 * going offline a reload still shows the catalog, a service page and a
 * working calculator, while a lookup says plainly that it needs a
 * connection. Answers about people are never kept in Cache Storage.
 */
import { expect, Page, test } from '@playwright/test';
import { messages } from './support/data';
import { CalculatorPage } from './pages/calculator.page';
import { APPLICANT, LookupPage } from './pages/lookup.page';

test.use({ serviceWorkers: 'allow' });

async function withServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

test('a manifest in the page language, and Chromium finds the app installable', async ({ page }) => {
  await page.goto('/ru/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.ru.t('home-title'));
  await expect(page.locator('link[rel=manifest]')).toHaveAttribute('href', '/manifest-ru.webmanifest');
  const manifest = await (await page.request.get('/manifest-ru.webmanifest')).json();
  expect(manifest.name).toBe(messages.ru.t('site-name'));
  expect(manifest.start_url).toBe('/ru/');
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  await withServiceWorker(page);
  const cdp = await page.context().newCDPSession(page);
  const { errors } = await cdp.send('Page.getAppManifest');
  expect(errors).toEqual([]);
  // Every test's browser context is off the record, where Chromium never
  // installs: that one reason aside, nothing may stand in the way.
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
});

test('offline after one visit: the catalog, a service page and a calculator; a lookup says it needs a connection', async ({
  page,
  context,
}) => {
  const m = messages.en;
  // The calculator counts days in this calendar year.
  await page.clock.setFixedTime(new Date('2026-02-15T08:00:00Z'));
  await page.goto('/en/');
  await withServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.t('home-title'));
  await page.getByRole('link', { name: m.title('registration') }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.title('registration'));

  const calculator = await CalculatorPage.open(page, 'en', 'stay-calculator');
  await calculator.chooseCitizenship('RUS');
  await calculator.radio('calc-stay-entry-visa-free').check();
  await calculator.enterTrip(1, '2026-01-01', '2026-01-10');
  await calculator.submit();
  await expect(calculator.resultHeading).toHaveText(m.t('calc-stay-used', { count: 10, limit: 90 }));

  const lookup = await LookupPage.open(page, 'en', 'application-tracking');
  await lookup.enter(APPLICANT);
  await lookup.check.click();
  await expect(lookup.failure).toContainText(m.t('api-offline'));
  const kept = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
  expect(kept.length).toBeGreaterThan(10);
  // A guard for the service worker's rule: nothing under /api/ is ever kept.
  expect(kept.filter((u) => u.includes('/api/'))).toEqual([]);
});
