/**
 * The suite's own helpers can fail: the axe check reports a planted
 * violation, and the Fluent reader and search folding give the texts and
 * matches the journeys rely on.
 */
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home.page';
import { expectNoAxeViolations } from './support/axe';
import { LANGS, messages, services } from './support/data';
import { fold } from './support/search';

test('the axe check fails on a planted violation and names its rule', async ({ page }) => {
  await HomePage.open(page, 'en');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main')!.append(img);
  });
  const error = await expectNoAxeViolations(page).then(
    () => null,
    (e: Error) => e,
  );
  expect(error, 'axe should have reported the image without alt text').not.toBeNull();
  expect(error!.message).toContain('image-alt');
});

test('the Fluent reader gives every title and summary, and plural forms', () => {
  for (const lang of LANGS) {
    for (const s of services) {
      expect(messages[lang].title(s.id)).not.toMatch(/[{}]|^svc-/);
      expect(messages[lang].summary(s.id).length).toBeGreaterThan(10);
    }
  }
  expect(messages.en.title('registration')).toBe('Registration at the place of stay');
  expect(messages.en.documentTitle('X')).toBe('X – Migration e-services');
  expect([0, 1, 2, 5, 21].map((n) => messages.ru.resultsCount(n))).toEqual([
    'Подходящих услуг не найдено.',
    'Найдена 1 услуга.',
    'Найдено 2 услуги.',
    'Найдено 5 услуг.',
    'Найдена 21 услуга.',
  ]);
  expect(messages.en.resultsCount(1)).toBe('1 service matches.');
});

test('search folding follows the documented examples', () => {
  expect(fold('Müraciətlərin İZLƏNİLMƏSİ')).toBe('muracietlerin izlenilmesi');
  expect(fold('Ещё ЁЖ')).toBe('еще еж');
  expect(fold('giriş-çıxış')).toBe('giris cixis');
});
