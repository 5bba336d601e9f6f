/** A first-time visitor opens `/` and lands on the home page in their browser's language. */
import { expect, test } from '@playwright/test';
import { AppFrame } from './pages/app-frame';
import { Lang, messages } from './support/data';

const cases: Array<{ locale: string; lands: Lang }> = [
  { locale: 'ru-RU', lands: 'ru' },
  { locale: 'en-GB', lands: 'en' },
  { locale: 'az-AZ', lands: 'az' },
  { locale: 'de-DE', lands: 'az' },
];

for (const { locale, lands } of cases) {
  test.describe(`browser language ${locale}`, () => {
    test.use({ locale });

    test(`/ lands on /${lands}`, async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(`/${lands}`);
      await new AppFrame(page, lands).expectPage(messages[lands].t('home-title'));
    });
  });
}

test.describe('a remembered choice wins over the browser language', () => {
  test.use({ locale: 'ru-RU' });

  test('ru browser, English chosen earlier: / lands on /en', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/ru');
    const ru = new AppFrame(page, 'ru');
    await expect(ru.heading).toBeVisible();
    await ru.switchTo('en');

    await page.goto('/');
    await expect(page).toHaveURL('/en');
    await new AppFrame(page, 'en').expectPage(messages.en.t('home-title'));
  });
});
