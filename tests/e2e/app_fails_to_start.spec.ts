/**
 * If the WebAssembly cannot load (blocked, corrupted, a browser too old), the
 * page must not stay blank: the notice in index.html appears, in all three
 * languages. When the app starts, the notice is gone.
 */
import { expect, test } from '@playwright/test';

test('a page whose app cannot start says so in az, en and ru', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/az');
  const notice = page.getByRole('alert');
  await expect(notice).toBeVisible({ timeout: 10_000 });
  await expect(notice.locator('p[lang="az"]')).toContainText('(012) 919');
  await expect(notice.locator('p[lang="en"]')).toContainText('Reload the page');
  await expect(notice.locator('p[lang="ru"]')).toContainText('Обновите страницу');
});

test('a started app removes the notice', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('#qp-boot')).toHaveCount(0);
});
