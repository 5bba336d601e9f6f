/**
 * A visitor switches language in the header: the same page is shown in the
 * new language, the page says which language it is in, and the choice is kept.
 */
import { expect, test } from '@playwright/test';
import { AppFrame } from './pages/app-frame';
import { HomePage } from './pages/home.page';
import { ServicePage } from './pages/service.page';
import { ENDONYMS, LANGS, messages } from './support/data';

test('home: az → en → ru keeps the home page and updates lang, title and h1', async ({ page }) => {
  const home = await HomePage.open(page, 'az');
  await expect(home.languageLink('az')).toHaveAttribute('aria-current', 'true');

  const en = await home.switchTo('en');
  await expect(page).toHaveURL('/en');
  await en.expectPage(messages.en.t('home-title'));
  await expect(en.languageLink('en')).toHaveAttribute('aria-current', 'true');
  await expect(en.languageLink('az')).not.toHaveAttribute('aria-current', /.*/);
  await expect(en.heading).toBeFocused();

  const ru = await en.switchTo('ru');
  await expect(page).toHaveURL('/ru');
  await ru.expectPage(messages.ru.t('home-title'));
  await expect(ru.languageLink('ru')).toHaveAttribute('aria-current', 'true');
  await expect(new HomePage(page, 'ru').searchBox).toBeVisible();
});

test('the switcher names each language in that language, marked with its own lang', async ({ page }) => {
  const home = await HomePage.open(page, 'ru');
  for (const lang of LANGS) {
    await expect(home.languageLink(lang)).toHaveText(ENDONYMS[lang]);
    await expect(home.languageLink(lang)).toHaveAttribute('lang', lang);
  }
});

test('service page: /az/services/work-permit → Русский → /ru/services/work-permit', async ({ page }) => {
  const az = await ServicePage.open(page, 'az', 'work-permit');
  await az.expectPage(messages.az.title('work-permit'));
  await expect(az.languageLink('ru')).toHaveAttribute('href', '/ru/services/work-permit');

  const ru = await az.switchTo('ru');
  await expect(page).toHaveURL('/ru/services/work-permit');
  await ru.expectPage(messages.ru.title('work-permit'));
  await expect(new ServicePage(page, 'ru', 'work-permit').sectionHeading('fees')).toBeVisible();

  const en = await ru.switchTo('en');
  await expect(page).toHaveURL('/en/services/work-permit');
  await en.expectPage(messages.en.title('work-permit'));
});

test('404 page: /az/no-such-page → English → /en/no-such-page, still "page not found"', async ({ page }) => {
  const az = new AppFrame(page, 'az');
  await az.open('/az/no-such-page');
  await az.expectPage(messages.az.t('not-found-title'));
  await expect(az.languageLink('en')).toHaveAttribute('href', '/en/no-such-page');

  const en = await az.switchTo('en');
  await expect(page).toHaveURL('/en/no-such-page');
  await en.expectPage(messages.en.t('not-found-title'));
});

test('the choice is remembered: after switching to ru, visiting / lands on /ru', async ({ page }) => {
  // The browser speaks English (config), so only the remembered choice can lead to /ru.
  const home = await HomePage.open(page, 'az');
  await home.switchTo('ru');
  await expect(page).toHaveURL('/ru');
  // Stored as a JSON string by the app's storage helper; either spelling names ru.
  expect(['ru', '"ru"']).toContain(await page.evaluate(() => localStorage.getItem('qapi.lang')));

  await page.goto('/');
  await expect(page).toHaveURL('/ru');
  await new AppFrame(page, 'ru').expectPage(messages.ru.t('home-title'));

  // A new tab of the same browser profile remembers it too.
  const other = await page.context().newPage();
  await other.goto('/');
  await expect(other).toHaveURL('/ru');
  await other.close();
});

test('a language that cannot be fetched: the page stays readable, says so plainly, and "Try again" switches', async ({ page }) => {
  let offline = true;
  await page.route(/split_messages_ru.*\.wasm$/, (route) =>
    offline ? route.abort('internetdisconnected') : route.continue(),
  );
  const home = await HomePage.open(page, 'en');
  await home.languageLink('ru').click();
  const failed = page.getByRole('alert').filter({ hasText: messages.en.t('lang-load-failed') });
  await expect(failed).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.en.t('home-title'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  offline = false;
  await failed.getByRole('button', { name: messages.en.t('lazy-retry') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.ru.t('home-title'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(failed).toBeHidden();
});

test('only the language of the page is downloaded', async ({ page }) => {
  const languages: string[] = [];
  page.on('request', (r) => {
    const m = /split_messages_(\w+)\.wasm$/.exec(r.url());
    if (m) languages.push(m[1]);
  });
  const home = await HomePage.open(page, 'ru');
  await expect(home.heading).toHaveText(messages.ru.t('home-title'));
  expect(languages).toEqual(['ru']);
});
