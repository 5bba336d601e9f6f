/** A visitor who uses only the keyboard finds and opens a service. */
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home.page';
import { ServicePage } from './pages/service.page';
import { AUDIENCES, messages, services } from './support/data';
import { expectVisibleFocus, tabTo } from './support/keyboard';
import { expectedMatches } from './support/search';

test('the skip link is the first Tab stop, visible, and Enter moves focus into main', async ({ page }) => {
  const home = await HomePage.open(page, 'az');
  await page.keyboard.press('Tab');
  await expectVisibleFocus(home.skipLink);
  await expect(home.skipLink).toBeInViewport();

  await page.keyboard.press('Enter');
  await expect(home.main).toBeFocused();
  await expect(page).toHaveURL('/az');

  // The next Tab continues inside main: the search box.
  await page.keyboard.press('Tab');
  await expect(home.searchBox).toBeFocused();
});

test('the skip link is first on a service page too', async ({ page }) => {
  const p = await ServicePage.open(page, 'en', 'registration');
  await page.keyboard.press('Tab');
  await expect(p.skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(p.main).toBeFocused();
  await page.keyboard.press('Tab');
  await expectVisibleFocus(p.backLink);
});

test('search, filter and open a service with the keyboard alone', async ({ page }) => {
  const home = await HomePage.open(page, 'en');

  // Tab to the search box and type.
  await tabTo(page, home.searchBox);
  await expectVisibleFocus(home.searchBox);
  await page.keyboard.type('permit');
  await home.expectResults(expectedMatches('en', 'permit').map((s) => s.id));

  // Tab into the radio group: one stop, on the checked radio ("Everyone").
  await page.keyboard.press('Tab');
  await expectVisibleFocus(home.audienceRadio());
  await expect(home.audienceRadio()).toBeChecked();

  // Arrow keys move through the audiences and change the filter at once.
  for (const audience of AUDIENCES) {
    await page.keyboard.press('ArrowDown');
    await expect(home.audienceRadio(audience)).toBeFocused();
    await expect(home.audienceRadio(audience)).toBeChecked();
    await home.expectResults(expectedMatches('en', 'permit', audience).map((s) => s.id));
    if (audience === 'employer') break;
  }
  await page.keyboard.press('ArrowUp');
  await expect(home.audienceRadio('representative')).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(home.audienceRadio('employer')).toBeChecked();

  // Tab on to a service link; Enter opens its page with focus on the h1.
  const target = expectedMatches('en', 'permit', 'employer').at(-1)!;
  const link = home.serviceLink(target.id);
  await tabTo(page, link);
  await expectVisibleFocus(link);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(`/en/services/${target.id}`);
  const p = new ServicePage(page, 'en', target.id);
  await p.expectPage(messages.en.title(target.id));
  await expect(p.heading).toBeFocused();

  // Keyboard focus goes on from the new heading, not from where the old page was:
  // Shift+Tab reaches the back link just above it.
  await page.keyboard.press('Shift+Tab');
  await expect(p.backLink).toBeFocused();
});

test('every service link on the home page can be reached with Tab, in order', async ({ page }) => {
  const home = await HomePage.open(page, 'ru');
  await tabTo(page, home.serviceLink(services[0].id));
  for (const s of services.slice(1)) {
    await page.keyboard.press('Tab');
    await expect(home.serviceLink(s.id), `Tab after the previous card lands on ${s.id}`).toBeFocused();
  }
});

test('the language switcher links and a scrollable fee table take keyboard focus visibly', async ({ page }) => {
  const p = await ServicePage.open(page, 'ru', 'temporary-residence');
  const en = p.languageLink('en');
  await tabTo(page, en);
  await expectVisibleFocus(en);

  const table = p.main.getByRole('region', {
    name: messages.ru.t('fee-table-caption', { group: messages.ru.t('fee-group-adult') }),
    exact: true,
  });
  await tabTo(page, table);
  await expectVisibleFocus(table);
});
