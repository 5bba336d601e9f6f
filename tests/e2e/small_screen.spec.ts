/**
 * A visitor on a 320 px wide phone (or 400 % zoom of a 1280 px window, WCAG
 * 1.4.10 Reflow) reads the pages without scrolling sideways.
 */
import { expect, Page, test } from '@playwright/test';
import { HomePage } from './pages/home.page';
import { ServicePage } from './pages/service.page';
import { LANGS, messages, services, serviceWithLargestFeeTable } from './support/data';

test.use({ viewport: { width: 320, height: 640 } });

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, widest } = await page.evaluate(() => {
    const root = document.documentElement;
    // For the failure message: the elements that stick out of the viewport.
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > root.clientWidth + 0.5;
    const widest = [...document.querySelectorAll('body *')]
      .filter((el) => sticksOut(el) && ![...el.children].some(sticksOut))
      .slice(0, 6)
      .map((el) => `${el.tagName.toLowerCase()} (right edge ${Math.round(el.getBoundingClientRect().right)}px): ${(el.textContent ?? '').trim().slice(0, 40)}`);
    return { scrollWidth: root.scrollWidth, widest };
  });
  expect(scrollWidth, `the document scrolls sideways; too wide:\n${widest.join('\n')}`).toBeLessThanOrEqual(320);
}

const largest = serviceWithLargestFeeTable();

test('the widest fee table belongs to temporary-residence', () => {
  expect(largest.id).toBe('temporary-residence');
});

for (const lang of LANGS) {
  test(`${lang}: home page at 320 px`, async ({ page }) => {
    await HomePage.open(page, lang);
    await expectNoHorizontalScroll(page);
  });

  test(`${lang}: ${largest.id} page (largest fee table) at 320 px`, async ({ page }) => {
    const p = await ServicePage.open(page, lang, largest.id);
    await expect(p.feeTables.first()).toBeVisible();
    await expectNoHorizontalScroll(page);
  });

  test(`${lang}: home page at 320 px after a search with no results`, async ({ page }) => {
    const home = await HomePage.open(page, lang);
    await home.search('zzzqqq');
    await expect(home.noResultsHint).toBeVisible();
    await expect(home.resultCount).toHaveText(messages[lang].resultsCount(0));
    await expectNoHorizontalScroll(page);
  });
}

for (const lang of LANGS) {
  test.describe(`${lang}: every service page at 320 px`, () => {
    for (const s of services.filter((x) => x.id !== largest.id)) {
      test(s.id, async ({ page }) => {
        await ServicePage.open(page, lang, s.id);
        await expectNoHorizontalScroll(page);
      });
    }
  });
}
