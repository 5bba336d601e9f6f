/** A visitor chooses whom the services are for; the list shows only those. */
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home.page';
import { audienceMessageId, AUDIENCES, LANGS, messages, service, services } from './support/data';
import { expectedMatches } from './support/search';

test('the filter offers "Everyone" and each audience, "Everyone" chosen', async ({ page }) => {
  const home = await HomePage.open(page, 'en');
  await expect(home.audienceFilter.getByRole('radio')).toHaveCount(1 + AUDIENCES.length);
  for (const radio of home.audienceRadios) await expect(radio).toBeVisible();
  await expect(home.audienceRadio()).toBeChecked();
  for (const a of AUDIENCES) await expect(home.audienceRadio(a)).not.toBeChecked();
});

for (const lang of LANGS) {
  test(`${lang}: "Employers" shows exactly the catalog services for employers`, async ({ page }) => {
    const home = await HomePage.open(page, lang);
    const forEmployers = services.filter((s) => s.audiences.includes('employer')).map((s) => s.id);
    expect(forEmployers.length).toBeGreaterThan(0);
    expect(forEmployers.length).toBeLessThan(services.length);

    await home.chooseAudience('employer');
    await expect(home.audienceRadio('employer')).toBeChecked();
    await expect(home.audienceRadio()).not.toBeChecked();
    await home.expectResults(forEmployers);
    // Every card shown says whom it is for, in one message per set of audiences.
    for (const id of forEmployers) {
      await expect(home.card(id)).toContainText(messages[lang].t(audienceMessageId(service(id))));
    }

    await home.chooseAudience();
    await home.expectResults(services.map((s) => s.id));
  });
}

for (const audience of AUDIENCES) {
  test(`en: each audience shows its services: ${audience}`, async ({ page }) => {
    const home = await HomePage.open(page, 'en');
    await home.chooseAudience(audience);
    await home.expectResults(services.filter((s) => s.audiences.includes(audience)).map((s) => s.id));
  });
}

test('az: the filter combines with a search ("muraciet" for employers)', async ({ page }) => {
  const home = await HomePage.open(page, 'az');
  await home.search('muraciet');
  const all = expectedMatches('az', 'muraciet').map((s) => s.id);
  await home.expectResults(all);

  await home.chooseAudience('employer');
  const combined = expectedMatches('az', 'muraciet', 'employer').map((s) => s.id);
  expect(combined.length).toBeGreaterThan(0);
  expect(combined.length).toBeLessThan(all.length);
  await home.expectResults(combined);
  await expect(home.searchBox).toHaveValue('muraciet');

  // Changing the query keeps the audience.
  await home.search('');
  await home.expectResults(services.filter((s) => s.audiences.includes('employer')).map((s) => s.id));
});

test('en: a search and an audience with nothing in common show 0 and the hint', async ({ page }) => {
  const home = await HomePage.open(page, 'en');
  await home.chooseAudience('citizen');
  await home.search('permit');
  expect(expectedMatches('en', 'permit', 'citizen')).toHaveLength(0);
  await expect(home.resultCount).toHaveText(messages.en.resultsCount(0));
  await expect(home.noResultsHint).toBeVisible();
  await home.chooseAudience();
  await home.expectResults(expectedMatches('en', 'permit').map((s) => s.id));
});
