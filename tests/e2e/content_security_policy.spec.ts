/**
 * The app must work under the strict Content-Security-Policy the reference
 * server sends: the catalog renders, styles apply, and the browser reports
 * no violation.
 */
import { expect, test } from '@playwright/test';

test.use({ bypassCSP: false });

test('the app renders under the server’s CSP without a single violation', async ({ page }) => {
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
  const response = await page.goto('/az');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("'unsafe-eval'");
  await expect(page.locator('main a[href^="/az/services/"]')).toHaveCount(18);
  // stylist's scoped styles applied: the header has its brand background.
  const headerBackground = await page.locator('header').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(headerBackground).not.toBe('rgba(0, 0, 0, 0)');
  const reported = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  expect([...violations, ...reported]).toEqual([]);
});
