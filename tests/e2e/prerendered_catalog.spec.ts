/**
 * The catalog's page is written at build time (src/prerender.rs): it is
 * readable, in its language, before the app has downloaded, and the app
 * takes it over without losing what the visitor did meanwhile.
 */
import { expect, Page, test } from '@playwright/test';
import { HomePage } from './pages/home.page';
import { Lang, LANGS, services } from './support/data';
import { expectNoAxeViolations } from './support/axe';
import { expectedMatches } from './support/search';

/** Holds the app's main module back until the returned function is called. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/qapi_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

async function appTookOver(page: Page): Promise<void> {
  await expect(page.locator('#qp-pre')).toHaveCount(0, { timeout: 15_000 });
}

/** Opens the catalog in `lang`, does `act` on the written page while the
 * app is held back, then lets the app take over. */
async function beforeTheApp<T>(page: Page, lang: Lang, act: (home: HomePage) => Promise<T>): Promise<[HomePage, T]> {
  const release = await holdTheApp(page);
  await page.goto(`/${lang}/`);
  const home = new HomePage(page, lang);
  const done = await act(home);
  release();
  await appTookOver(page);
  return [home, done];
}

for (const lang of LANGS) {
  test(`${lang}: the catalog is there before the app, in its language, and the app's page is the same`, async ({ page }) => {
    // What the server sent, as parsed: kept before the app touches it.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        (window as any).qapiWritten = document.querySelector('#qp-pre > .qp-layout')?.outerHTML;
      }),
    );
    const release = await holdTheApp(page);
    await page.goto(`/${lang}/`);
    const home = new HomePage(page, lang);
    await home.expectPage(home.msgs.t('home-title'));
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(home.serviceLinks).toHaveCount(services.length);
    for (const s of services) {
      await expect(home.serviceLink(s.id)).toHaveAttribute('href', `/${lang}/services/${s.id}`);
    }
    await expect(home.audienceRadio()).toBeChecked();
    await expect(page.locator(`link[rel=manifest][href="/manifest-${lang}.webmanifest"]`)).toHaveCount(1);
    // Nothing says "Loading…" over a page there to read.
    await expect(page.locator('#qp-boot')).toBeHidden();
    // What a crawler that does not wait for the app finds is as accessible.
    await expectNoAxeViolations(page);

    release();
    await appTookOver(page);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.locator('[id="qp-search"]')).toHaveCount(1);
    const [written, rendered] = await page.evaluate(() => [
      (window as any).qapiWritten as string,
      document.querySelector('#qp-app > .qp-layout')!.outerHTML,
    ]);
    // Element for element the app's own markup: only the controls' initial
    // state is spelled as attributes in the written page (the app sets it),
    // and its radio buttons are a group of their own.
    const unwritten = written.replace(' value=""', '').replace('<input checked="" ', '<input ').replaceAll('name="qp-pre-', 'name="');
    expect(unwritten).toBe(rendered);
  });
}

test('what a visitor types before the app starts is searched for once it has', async ({ page }) => {
  const [home] = await beforeTheApp(page, 'en', (home) => home.search('permit'));
  await expect(home.searchBox).toHaveValue('permit');
  await expect(home.searchBox).toBeFocused();
  await home.expectResults(expectedMatches('en', 'permit').map((s) => s.id));
});

test('Enter in the search box before the app starts keeps the page and what was typed', async ({ page }) => {
  const [home] = await beforeTheApp(page, 'ru', async (home) => {
    await home.search('продление');
    await home.searchBox.press('Enter');
  });
  await expect(page).toHaveURL(/\/ru\/$/);
  await expect(home.searchBox).toHaveValue('продление');
  await home.expectResults(expectedMatches('ru', 'продление').map((s) => s.id));
});

test('the caret stays where the visitor left it', async ({ page }) => {
  const [home] = await beforeTheApp(page, 'en', async (home) => {
    await home.search('work permit');
    await home.searchBox.press('Home');
  });
  await expect(home.searchBox).toBeFocused();
  expect(await home.searchBox.evaluate((e: HTMLInputElement) => [e.selectionStart, e.selectionEnd])).toEqual([0, 0]);
});

test('an audience chosen before the app starts stays chosen, and filters', async ({ page }) => {
  const [home] = await beforeTheApp(page, 'az', (home) => home.chooseAudience('employer'));
  await expect(home.audienceRadio('employer')).toBeChecked();
  await expect(home.audienceRadio('employer')).toBeFocused();
  await expect(home.audienceRadio()).not.toBeChecked();
  await home.expectResults(services.filter((s) => s.audiences.includes('employer')).map((s) => s.id));
});

test('on a phone, the place a visitor scrolled to and the link they tabbed to stay put', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const last = services[services.length - 1].id;
  const [home, scrolled] = await beforeTheApp(page, 'ru', async (home) => {
    await home.serviceLink(last).focus();
    return page.evaluate(() => scrollY);
  });
  expect(scrolled).toBeGreaterThan(500);
  await expect(home.serviceLink(last)).toBeFocused();
  expect(await page.evaluate(() => scrollY)).toBe(scrolled);
});

test('without the written page’s script (refused by a policy), the app’s page still replaces it', async ({ page }) => {
  await page.route(/\/en\/$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('self.qapiTakeOver =', 'self.somethingElse =');
    expect(html).toContain('self.somethingElse =');
    await route.fulfill({ response, body: html });
  });
  await page.goto('/en/');
  await appTookOver(page);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('main')).toBeVisible();
  await expect(new HomePage(page, 'en').serviceLinks).toHaveCount(services.length);
});

test('the catalog’s links work before the app starts', async ({ page }) => {
  await page.route(/qapi_bg\.wasm$/, (route) => route.abort());
  await page.goto('/en/');
  const home = new HomePage(page, 'en');
  await home.serviceLink('work-permit').click();
  await expect(page).toHaveURL(/\/en\/services\/work-permit$/);
});
