/**
 * A visitor types in the search box: results narrow instantly, ignoring case
 * and diacritics, every word must match, and the count is announced.
 */
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home.page';
import { Lang, messages, services } from './support/data';
import { expectedMatches } from './support/search';

const ids = (lang: Lang, query: string) => expectedMatches(lang, query).map((s) => s.id);

test.describe('search in Azerbaijani without diacritics', () => {
  test('"qeydiyyat" finds "Olduğu yer üzrə qeydiyyat" and the other registration services', async ({ page }) => {
    const home = await HomePage.open(page, 'az');
    await home.search('qeydiyyat');
    const expected = ids('az', 'qeydiyyat');
    expect(expected).toContain('registration');
    expect(messages.az.title('registration')).toBe('Olduğu yer üzrə qeydiyyat');
    await home.expectResults(expected);
    await expect(home.serviceLink('registration')).toHaveText('Olduğu yer üzrə qeydiyyat');
  });

  test('"muraciet" finds "Müraciətlərin izlənilməsi"', async ({ page }) => {
    const home = await HomePage.open(page, 'az');
    await home.search('muraciet');
    const expected = ids('az', 'muraciet');
    expect(expected).toContain('application-tracking');
    await home.expectResults(expected);
    await expect(home.serviceLink('application-tracking')).toHaveText('Müraciətlərin izlənilməsi');
  });

  test('uppercase ASCII "IS ICAZESI" finds "İş icazəsi…" (İ/I/ı/i, ş/s and ə/e are the same)', async ({ page }) => {
    const home = await HomePage.open(page, 'az');
    await home.search('IS ICAZESI');
    const expected = ids('az', 'IS ICAZESI');
    expect(expected).toEqual(expect.arrayContaining(['work-permit', 'work-permit-extension']));
    await home.expectResults(expected);
  });

  test('an uppercase query finds what the lowercase one finds', async ({ page }) => {
    const home = await HomePage.open(page, 'az');
    await home.search('QEYDİYYAT');
    await home.expectResults(ids('az', 'qeydiyyat'));
    await home.search('VƏTƏNDAŞLIQ');
    const expected = ids('az', 'vetendasliq');
    expect(expected.length).toBeGreaterThan(0);
    await home.expectResults(expected);
  });
});

test.describe('search in Russian and English', () => {
  test('ru: "платежный" (е) finds "платёжный" (ё) in the fee payment summary', async ({ page }) => {
    const home = await HomePage.open(page, 'ru');
    expect(messages.ru.summary('fee-payment')).toContain('платёжный');
    await home.search('платежный');
    await home.expectResults(['fee-payment']);
  });

  test('ru: uppercase "ПРОДЛЕНИЕ" finds every "Продление…" service', async ({ page }) => {
    const home = await HomePage.open(page, 'ru');
    await home.search('ПРОДЛЕНИЕ');
    const expected = ids('ru', 'продление');
    expect(expected).toEqual(expect.arrayContaining(['stay-extension', 'work-permit-extension']));
    await home.expectResults(expected);
  });

  test('en: uppercase "TRAVEL BAN" finds the travel ban check', async ({ page }) => {
    const home = await HomePage.open(page, 'en');
    await home.search('TRAVEL BAN');
    await home.expectResults(['travel-ban-check']);
  });

  test('en: every word of a multi-word query must match, in any order', async ({ page }) => {
    const home = await HomePage.open(page, 'en');
    await home.search('permit');
    const permit = ids('en', 'permit');
    await home.expectResults(permit);
    await home.search('extension permit');
    const both = ids('en', 'extension permit');
    expect(both.length).toBeGreaterThan(0);
    expect(both.length, 'the second word narrows the results').toBeLessThan(permit.length);
    expect(both).toContain('work-permit-extension');
    await home.expectResults(both);
  });

  test('ru: the common names «вид на жительство» and «ВНЖ» find both residence permits', async ({ page }) => {
    const home = await HomePage.open(page, 'ru');
    for (const query of ['вид на жительство', 'ВНЖ']) {
      await home.search(query);
      expect(ids('ru', query)).toEqual(['temporary-residence', 'permanent-residence']);
      await home.expectResults(['temporary-residence', 'permanent-residence']);
    }
  });

  test('ru: a multi-word phrase "разрешение на работу" finds both work permit services', async ({ page }) => {
    const home = await HomePage.open(page, 'ru');
    await home.search('разрешение на работу');
    await home.expectResults(['work-permit', 'work-permit-extension']);
  });
});

test.describe('typing', () => {
  test('typing a query key by key keeps every character and the focus in the search box', async ({ page }) => {
    const home = await HomePage.open(page, 'az');
    await home.searchBox.click();
    await home.searchBox.pressSequentially('muraciet', { delay: 30 });
    await expect(home.searchBox).toHaveValue('muraciet');
    await expect(home.searchBox).toBeFocused();
    await home.expectResults(ids('az', 'muraciet'));
  });

  test('the result count live region stays in place while the results change, so it is announced', async ({ page }) => {
    const home = await HomePage.open(page, 'en');
    const status = await home.resultCount.elementHandle();
    await home.search('permit');
    await home.expectResults(ids('en', 'permit'));
    await home.search('zzzqqq');
    await expect(home.resultCount).toHaveText(messages.en.resultsCount(0));
    expect(
      await status!.evaluate((el) => el.isConnected),
      'the role=status element was replaced by a new one; screen readers only announce changes to a live region already in the page',
    ).toBe(true);
  });
});

test.describe('no results', () => {
  for (const lang of ['az', 'en', 'ru'] as const) {
    test(`${lang}: a query that matches nothing shows 0, the hint and no cards; clearing it brings all back`, async ({ page }) => {
      const home = await HomePage.open(page, lang);
      await home.search('zzzqqq');
      await expect(home.resultCount).toHaveText(messages[lang].resultsCount(0));
      await expect(home.noResultsHint).toBeVisible();
      await expect(home.serviceLinks).toHaveCount(0);
      await expect(home.categoryHeadings).toHaveCount(0);

      await home.search('');
      await home.expectResults(services.map((s) => s.id));
      await expect(home.noResultsHint).toHaveCount(0);
    });
  }

  test('Enter in the search box does not reload the page or lose the query', async ({ page }) => {
    const home = await HomePage.open(page, 'en');
    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    await home.searchBox.fill('travel');
    await home.searchBox.press('Enter');
    await expect(home.searchBox).toHaveValue('travel');
    await home.expectResults(['travel-ban-check']);
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    await expect(page).toHaveURL(/\/en$/);
  });
});

test.describe('the announced count in Russian uses the right plural form', () => {
  // The count is a live region (role=status): screen readers read it after each keystroke.
  const cases = [
    { query: 'въезд', category: 'one', form: /^Найдена 1 услуга\.$/ },
    { query: 'калькулятор', category: 'few', form: /^Найдено [234] услуги\.$/ },
    { query: 'гражданства', category: 'few', form: /^Найдено [234] услуги\.$/ },
    { query: 'заявление', category: 'many', form: /^Найдено \d+ услуг\.$/ },
    { query: 'Азербайджан', category: 'many', form: /^Найдено \d+ услуг\.$/ },
  ] as const;
  for (const { query, category, form } of cases) {
    test(`"${query}" → ${category}`, async ({ page }) => {
      const count = ids('ru', query).length;
      expect(new Intl.PluralRules('ru').select(count), `"${query}" should give a ${category}-form count; it gives ${count}`).toBe(category);
      const home = await HomePage.open(page, 'ru');
      await home.search(query);
      await expect(home.resultCount).toHaveText(form);
      await expect(home.resultCount).toHaveText(messages.ru.resultsCount(count));
      await expect(home.serviceLinks).toHaveCount(count);
    });
  }

  test('all the services, counted in the right form ("Найдено 18 услуг.")', async ({ page }) => {
    const home = await HomePage.open(page, 'ru');
    await expect(home.resultCount).toHaveText(messages.ru.resultsCount(services.length));
    await expect(home.resultCount).toHaveText(/^Найден[ао] \d+ услуг[аи]?\.$/);
  });
});
