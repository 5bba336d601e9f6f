/** A visitor browses the catalog: every service, under its category, in every language. */
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home.page';
import { CATEGORIES, LANGS, messages, services } from './support/data';

for (const lang of LANGS) {
  test.describe(`home page in ${lang}`, () => {
    test('lists every catalog service, one title link per catalog id, leading to its page', async ({ page }) => {
      const home = await HomePage.open(page, lang);
      const m = messages[lang];
      expect(services.length).toBeGreaterThan(0);

      await expect(home.resultCount).toHaveText(m.resultsCount(services.length));
      await expect(home.serviceLinks).toHaveCount(services.length);
      for (const s of services) {
        const link = home.serviceLink(s.id);
        await expect(link, `card of ${s.id}`).toHaveCount(1);
        await expect(link).toHaveAttribute('href', `/${lang}/services/${s.id}`);
      }
      await expect(home.main.getByText(m.t('home-intro', { count: services.length }), { exact: true })).toBeVisible();
    });

    test('groups the services under their category headings, in catalog order', async ({ page }) => {
      const home = await HomePage.open(page, lang);
      const m = messages[lang];
      const used = CATEGORIES.filter((c) => services.some((s) => s.category === c));
      expect(used.length, 'every catalog category is a known one').toBe(new Set(services.map((s) => s.category)).size);

      await expect(home.categoryHeadings).toHaveText(used.map((c) => m.t(`category-${c}`)));
      await expect(home.categorySections).toHaveCount(used.length);
      for (const category of used) {
        const section = home.category(category);
        const titles = services.filter((s) => s.category === category).map((s) => m.title(s.id));
        await expect(section.getByRole('heading', { level: 3 }), `services under ${category}`).toHaveText(titles);
        for (const s of services.filter((x) => x.category === category)) {
          await expect(section.getByText(m.summary(s.id), { exact: true })).toBeVisible();
        }
      }
    });

    test('tells the current language in the switcher and the page language', async ({ page }) => {
      const home = await HomePage.open(page, lang);
      for (const other of LANGS) {
        const link = home.languageLink(other);
        await expect(link).toHaveAttribute('href', `/${other}`);
        await expect(link).toHaveAttribute('hreflang', other);
        if (other === lang) await expect(link).toHaveAttribute('aria-current', 'true');
        else await expect(link).not.toHaveAttribute('aria-current', /.*/);
      }
      await expect(home.siteNameLink).toHaveAttribute('href', `/${lang}`);
    });
  });
}
