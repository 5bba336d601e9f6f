/**
 * If the WebAssembly cannot load (blocked, corrupted, a browser too old), the
 * page must not stay blank: the notice in index.html says what to do, in all
 * three languages, as soon as the failure is known. When the app starts, the
 * notice is hidden.
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

test('a started app hides the loading notice and shows no failure', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('#qp-pre')).toHaveCount(0);
  await expect(page.locator('#qp-boot')).toBeHidden();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('when the page’s language cannot be fetched at start-up, the notice says so at once, not after 30 s', async ({ page }) => {
  // On a service's page they come in its pack, else on their own.
  await page.route(/(split_messages_.*\.wasm|\.pack)$/, (route) => route.abort('internetdisconnected'));
  await page.goto('/ru/services/registration');
  const notice = page.getByRole('alert');
  await expect(notice).toBeVisible({ timeout: 10_000 });
  await expect(notice.locator('p[lang="ru"]')).toContainText('Обновите страницу');
});
