/**
 * axe-core finds no WCAG 2.2 A/AA or best-practice violation on any page,
 * in any language, including the states people reach by searching.
 */
import { expect, test } from '@playwright/test';
import { AppFrame } from './pages/app-frame';
import { HomePage } from './pages/home.page';
import { ServicePage } from './pages/service.page';
import { LANGS, messages, services } from './support/data';
import { expectNoAxeViolations } from './support/axe';

for (const lang of LANGS) {
  test.describe(`axe in ${lang}`, () => {
    test('home', async ({ page }) => {
      await HomePage.open(page, lang);
      await expectNoAxeViolations(page);
    });

    test('home after a search with no results', async ({ page }) => {
      const home = await HomePage.open(page, lang);
      await home.search('zzzqqq');
      await expect(home.resultCount).toHaveText(messages[lang].resultsCount(0));
      await expectNoAxeViolations(page);
    });

    test('home filtered to employers, with keyboard focus on a radio', async ({ page }) => {
      const home = await HomePage.open(page, lang);
      await home.audienceRadio('employer').focus();
      await page.keyboard.press('Space');
      await expect(home.audienceRadio('employer')).toBeChecked();
      await expectNoAxeViolations(page);
    });

    test('404 page', async ({ page }) => {
      const p = new AppFrame(page, lang);
      await p.open(`/${lang}/no-such-page`);
      await expect(p.heading).toHaveText(messages[lang].t('not-found-title'));
      await expectNoAxeViolations(page);
    });

    for (const s of services) {
      test(`service page ${s.id}`, async ({ page }) => {
        const p = await ServicePage.open(page, lang, s.id);
        await expect(p.heading).toHaveText(messages[lang].title(s.id));
        await expectNoAxeViolations(page);
      });
    }
  });
}
