/** A visitor who uses only the keyboard finds and opens a service. */
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home.page';
import { ServicePage } from './pages/service.page';
import { AUDIENCES, messages, services } from './support/data';
import { expectVisibleFocus, tabTo } from './support/keyboard';
import { expectedMatches } from './support/search';

const ids = (query: string, audience?: (typeof AUDIENCES)[number]) => expectedMatches('en', query, audience).map((s) => s.id);

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

test('Tab reaches the search box; typing filters and keeps focus and every character', async ({ page }) => {
  const home = await HomePage.open(page, 'en');
  await tabTo(page, home.searchBox);
  await expectVisibleFocus(home.searchBox);

  await page.keyboard.type('permit');
  await expect(home.searchBox).toHaveValue('permit');
  await expect(home.searchBox).toBeFocused();
  await home.expectResults(ids('permit'));

  // Tab goes on from the search box to the filter, not back to the top of the page.
  await page.keyboard.press('Tab');
  await expect(home.audienceRadio()).toBeFocused();
});

test('the audience radios are one Tab stop and arrow keys change the filter', async ({ page }) => {
  const home = await HomePage.open(page, 'en');
  await tabTo(page, home.searchBox);
  await page.keyboard.press('Tab');
  await expectVisibleFocus(home.audienceRadio());
  await expect(home.audienceRadio()).toBeChecked();

  for (const audience of AUDIENCES) {
    await page.keyboard.press('ArrowDown');
    await expect(home.audienceRadio(audience), `ArrowDown checks ${audience}`).toBeChecked();
    await expect(home.audienceRadio(audience), `focus follows to ${audience}`).toBeFocused();
    await home.expectResults(ids('', audience));
  }
  await page.keyboard.press('ArrowUp');
  await expect(home.audienceRadio('employer')).toBeChecked();
  await expect(home.audienceRadio('employer')).toBeFocused();
  await home.expectResults(ids('', 'employer'));
  await expectVisibleFocus(home.audienceRadio('employer'));

  // Arrowing back up to "Everyone" brings all services back.
  for (let i = 0; i <= AUDIENCES.indexOf('employer'); i++) await page.keyboard.press('ArrowUp');
  await expect(home.audienceRadio()).toBeChecked();
  await home.expectResults(services.map((s) => s.id));
});

test('Tab reaches a service link and Enter opens its page with focus on the h1', async ({ page }) => {
  const home = await HomePage.open(page, 'en');
  const target = services.find((s) => s.category === 'work')!;
  const link = home.serviceLink(target.id);
  await tabTo(page, link);
  await expectVisibleFocus(link);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(`/en/services/${target.id}`);
  const p = new ServicePage(page, 'en', target.id);
  await p.expectPage(messages.en.title(target.id));
  await expect(p.heading).toBeFocused();

  // Keyboard focus goes on from the new heading, not from where the old page
  // was: Shift+Tab reaches the back link just above it, and Enter goes back.
  await page.keyboard.press('Shift+Tab');
  await expectVisibleFocus(p.backLink);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/en');
  await expect(home.heading).toBeFocused();
});

test('every service link on the home page can be reached with Tab, in order', async ({ page }) => {
  const home = await HomePage.open(page, 'ru');
  await tabTo(page, home.serviceLink(services[0].id));
  for (const s of services.slice(1)) {
    await page.keyboard.press('Tab');
    await expect(home.serviceLink(s.id), `Tab after the previous card lands on ${s.id}`).toBeFocused();
  }
});

test('the language links and a scrollable fee table take keyboard focus visibly', async ({ page }) => {
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

  // Enter on a language link switches language, keyboard only.
  await tabTo(page, p.languageLink('az'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/az/services/temporary-residence');
  await new ServicePage(page, 'az', 'temporary-residence').expectPage(messages.az.title('temporary-residence'));
});
