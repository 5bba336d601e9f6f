/** A visitor follows a broken address: a real 404, explained in their language. */
import { expect, test } from '@playwright/test';
import { AppFrame } from './pages/app-frame';
import { messages } from './support/data';

test('/az/no-such-page answers 404 and says "page not found" in Azerbaijani', async ({ page }) => {
  const az = new AppFrame(page, 'az');
  const response = await az.open('/az/no-such-page');
  expect(response?.status()).toBe(404);
  await az.expectPage(messages.az.t('not-found-title'));
  await expect(az.main.getByText(messages.az.t('not-found-body'), { exact: true })).toBeVisible();
});

test('/en/services/not-a-service answers 404 and says "page not found" in English', async ({ page }) => {
  const en = new AppFrame(page, 'en');
  const response = await en.open('/en/services/not-a-service');
  expect(response?.status()).toBe(404);
  await en.expectPage(messages.en.t('not-found-title'));
});

test('/ru/services/ answers 404 in Russian, with a link back to the catalog', async ({ page }) => {
  const ru = new AppFrame(page, 'ru');
  const response = await ru.open('/ru/services');
  expect(response?.status()).toBe(404);
  await ru.expectPage(messages.ru.t('not-found-title'));
  const home = ru.main.getByRole('link', { name: messages.ru.t('not-found-home'), exact: true });
  await expect(home).toHaveAttribute('href', '/ru');
  await home.click();
  await expect(page).toHaveURL('/ru');
  await ru.expectPage(messages.ru.t('home-title'));
});

test('a path without a language answers 404 in the browser language', async ({ page }) => {
  // The config's browser language is en-US.
  const en = new AppFrame(page, 'en');
  const response = await en.open('/no/such/page');
  expect(response?.status()).toBe(404);
  await en.expectPage(messages.en.t('not-found-title'));
});

test('a missing asset (/qapi-0000000000000000.wasm) is a 404 that is not HTML', async ({ request }) => {
  const response = await request.get('/qapi-0000000000000000.wasm');
  expect(response.status()).toBe(404);
  expect(response.headers()['content-type'] ?? '').not.toContain('text/html');
  expect(await response.text()).not.toMatch(/<html|<!doctype/i);
  // Never cached as if it were the real, hashed file.
  expect(response.headers()['cache-control']).not.toContain('immutable');
});

test('the app pages themselves answer 200', async ({ request }) => {
  for (const path of ['/', '/az', '/en', '/ru', '/az/services/registration', '/ru/services/online-queue']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain('text/html');
  }
});
