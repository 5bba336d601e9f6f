/**
 * The app must work under the strict Content-Security-Policy the reference
 * server sends, on every kind of page: the catalog renders, styles apply,
 * lazily loaded chunks (a language's messages, the rating form) load, a
 * rating is sent, and the browser reports no violation.
 */
import { expect, Page, test } from '@playwright/test';
import { messages, services } from './support/data';

test.use({ bypassCSP: false });

/** Collects every violation the page reports, from the console and the DOM event. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolations: string[] }).__cspViolations ??= [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return async () => [
    ...violations,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
  ];
}

test('the catalog renders under the server’s CSP without a single violation', async ({ page }) => {
  const violations = await watchViolations(page);
  const response = await page.goto('/az');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("'unsafe-eval'");
  await expect(page.locator('main a[href^="/az/services/"]')).toHaveCount(services.length);
  // The app's own catalog, once it has taken over the one written into the page.
  await expect(page.locator('#qp-pre')).toHaveCount(0);
  await expect(page.locator('#qp-app main a[href^="/az/services/"]')).toHaveCount(services.length);
  // The stylesheet applied under style-src: the header has its brand background.
  const headerBackground = await page.locator('header').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(headerBackground).not.toBe('rgba(0, 0, 0, 0)');
  expect(await violations()).toEqual([]);
});

test('a service page loads its rating form and sends a rating under the CSP', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/en/services/registration');
  const form = page.getByRole('region', { name: messages.en.t('feedback-title') });
  await form.getByRole('radio', { name: messages.en.t('feedback-rating-option', { rating: 4 }) }).check();
  await form.getByRole('button', { name: messages.en.t('feedback-submit') }).click();
  await expect(form.getByText(messages.en.t('feedback-thanks'))).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('a 404 page and a switch to a language not loaded yet work under the CSP', async ({ page }) => {
  const violations = await watchViolations(page);
  const response = await page.goto('/ru/no-such-page');
  expect(response?.status()).toBe(404);
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.ru.t('not-found-title'));
  await page.locator('a[hreflang="az"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.az.t('not-found-title'));
  expect(await violations()).toEqual([]);
});
