/**
 * The four lookups against the reference backend's demo people, in every
 * language: the answer shown plainly, "nothing found" as a normal answer,
 * errors summarised and tied to their fields, the citizenship picker by
 * keyboard in any language, what is typed forgotten on Clear, and the
 * rate-limited and offline paths.
 */
import { expect, Page, test } from '@playwright/test';
import { LANGS, messages } from './support/data';
import { expectNoAxeViolations } from './support/axe';
import { APPLICANT, BANNED, countryName, LookupPage, NOBODY, REGISTERED } from './pages/lookup.page';

for (const lang of LANGS) {
  const m = messages[lang];

  test.describe(`lookups in ${lang}`, () => {
    test('a travel ban found, and none for someone else', async ({ page }) => {
      const p = await LookupPage.open(page, lang, 'travel-ban-check');
      await expectNoAxeViolations(page);
      await p.lookUp(BANNED);
      await expect(p.answerHeading).toHaveText(m.t('lookup-travel-ban-found'));
      await expectNoAxeViolations(page);
      await p.clear.click();
      await p.lookUp(NOBODY);
      await expect(p.answerHeading).toHaveText(m.t('lookup-travel-ban-none'));
    });

    test('applications with their history, masked document numbers and what happens next', async ({ page }) => {
      const p = await LookupPage.open(page, lang, 'application-tracking');
      await p.lookUp(APPLICANT);
      await expect(p.answerHeading).toHaveText(m.t('lookup-applications-found'));
      const items = p.main.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
      await expect(items).toHaveCount(4);
      const issued = items.filter({ hasText: 'QP-DEMO-0001' });
      await expect(issued.getByRole('heading', { level: 3 })).toHaveText(m.title('stay-extension'));
      await expect(issued).toContainText('MOM•••4567');
      await expect(issued).not.toContainText('MOM1234567');
      await expect(issued).toContainText(m.attr('application-status-issued', 'next'));
      await expect(issued.getByRole('list').last().getByRole('listitem')).toHaveCount(4);
      await expectNoAxeViolations(page);
    });

    test('registration valid until a date, and none found', async ({ page }) => {
      const p = await LookupPage.open(page, lang, 'registration-status');
      await p.lookUp(REGISTERED);
      await expect(p.answerHeading).toHaveText(m.t('lookup-registration-registered'));
      const months = Array.from({ length: 12 }, (_, i) => m.t(`date-month-${i + 1}`));
      await expect(p.main.getByText(m.t('lookup-registration-until', { date: 'DATE' }).split('DATE')[0])).toContainText(
        new RegExp(`\\d{1,2} (${months.join('|')}) 20\\d\\d`),
      );
      await p.clear.click();
      await p.lookUp(NOBODY);
      await expect(p.answerHeading).toHaveText(m.t('lookup-registration-none'));
      await expect(p.main).toContainText(m.t('lookup-nothing-found-advice'));
      await expectNoAxeViolations(page);
    });

    test('fees with the amount, the payment number and every way to pay', async ({ page }) => {
      const p = await LookupPage.open(page, lang, 'fee-payment');
      await p.lookUp(APPLICANT);
      await expect(p.answerHeading).toHaveText(m.t('lookup-fees-found'));
      await expect(p.main).toContainText('PAY-2026-000451');
      for (const way of ['lookup-pay-card', 'lookup-pay-portal', 'lookup-pay-terminal', 'lookup-pay-asan']) {
        await expect(p.main.getByText(m.t(way))).toBeVisible();
      }
      await expectNoAxeViolations(page);
    });

    test('errors: a summary that takes focus, links to each field, and a title that says so', async ({ page }) => {
      const p = await LookupPage.open(page, lang, 'travel-ban-check');
      const title = await page.title();
      await p.check.click();
      await expect(p.errorSummary).toBeFocused();
      await expect(page).toHaveTitle(`${m.t('error-prefix')} ${title}`);
      const links = p.errorSummary.getByRole('link');
      await expect(links).toHaveText([
        m.t('person-passport-required'),
        m.t('person-birth-required'),
        m.t('person-citizenship-required'),
      ]);
      await links.nth(1).click();
      await expect(p.birthBox('day')).toBeFocused();
      await expect(p.passport).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page);

      // Only the wrong box of a date is marked.
      await p.passport.fill(BANNED.passport);
      await p.birthBox('day').fill('31');
      await p.birthBox('month').fill('4');
      await p.birthBox('year').fill('1990');
      await p.chooseCitizenship(countryName('GBR', lang), countryName('GBR', lang));
      await p.check.click();
      await expect(p.errorSummary.getByRole('link')).toHaveText([m.t('date-entry-day')]);
      await expect(p.birthBox('day')).toHaveAttribute('aria-invalid', 'true');
      await expect(p.birthBox('month')).not.toHaveAttribute('aria-invalid', 'true');
      await expect(p.passport).not.toHaveAttribute('aria-invalid', 'true');

      // Fixed, the errors go and the answer comes.
      await p.birthBox('day').fill('30');
      await p.birthBox('month').fill('9');
      await p.birthBox('year').fill('1985');
      await p.check.click();
      await expect(p.answerHeading).toBeFocused();
      await expect(p.errorSummary).toHaveCount(0);
      await expect(page).toHaveTitle(title);
    });
  });
}

test('a date pasted whole fills the three boxes', async ({ page }) => {
  const p = await LookupPage.open(page, 'en', 'travel-ban-check');
  await p.birthBox('month').fill('30.09.1985');
  await expect(p.birthBox('day')).toHaveValue('30');
  await expect(p.birthBox('month')).toHaveValue('09');
  await expect(p.birthBox('year')).toHaveValue('1985');
});

test('a country is found by its name in any language, and chosen by keyboard', async ({ page }) => {
  const p = await LookupPage.open(page, 'en', 'travel-ban-check');
  for (const typed of ['Rusiya', 'Россия', 'russ']) {
    await p.citizenship.fill(typed);
    await expect(p.options.first()).toHaveText('Russia');
  }
  await p.citizenship.fill('turkiye');
  await expect(p.citizenship).toHaveAttribute('aria-expanded', 'true');
  await p.citizenship.press('ArrowDown');
  await expect(p.citizenship).toHaveAttribute('aria-activedescendant', /option-0$/);
  await p.citizenship.press('Enter');
  await expect(p.citizenship).toHaveValue('Türkiye');
  await expect(p.citizenship).toHaveAttribute('aria-expanded', 'false');
  // A name typed in full counts without using the list.
  await p.passport.fill(REGISTERED.passport);
  await p.birthBox('day').fill('15');
  await p.birthBox('month').fill('1');
  await p.birthBox('year').fill('1978');
  await p.citizenship.fill('Turkey');
  await p.check.click();
  await expect(p.answerHeading).toHaveText(messages.en.t('lookup-travel-ban-none'));
});

test('switching language keeps what was typed and translates the country', async ({ page }) => {
  const p = await LookupPage.open(page, 'en', 'travel-ban-check');
  await p.passport.fill(BANNED.passport);
  await p.chooseCitizenship('United Kingdom', 'United Kingdom');
  await p.languageLink('az').click();
  const az = new LookupPage(page, 'az', 'travel-ban-check');
  await expect(az.passport).toHaveValue(BANNED.passport);
  await expect(az.citizenship).toHaveValue(countryName('GBR', 'az'));
});

async function storedEverywhere(page: Page): Promise<string> {
  return page.evaluate(() =>
    JSON.stringify([
      { ...localStorage },
      { ...sessionStorage },
      history.state,
      location.href,
      document.cookie,
    ]),
  );
}

test('what is typed and answered is forgotten on Clear, and never stored or put in the address', async ({ page }) => {
  const p = await LookupPage.open(page, 'en', 'travel-ban-check');
  await p.lookUp(BANNED);
  for (const stored of [await storedEverywhere(page)]) {
    expect(stored).not.toContain(BANNED.passport);
    expect(stored).not.toContain('1985');
  }
  await p.clear.click();
  await expect(p.passport).toBeFocused();
  await expect(p.passport).toHaveValue('');
  await expect(p.birthBox('year')).toHaveValue('');
  await expect(p.citizenship).toHaveValue('');
  await expect(p.answerHeading).toHaveCount(0);
  expect(await page.content()).not.toContain(BANNED.passport);

  // Leaving the page forgets too: back at the start page, the boxes are empty.
  await p.lookUp(BANNED);
  await page.getByRole('link', { name: messages.en.t('form-back') }).click();
  await page.goBack();
  await expect(p.passport).toHaveValue('');
  await expect(p.answerHeading).toHaveCount(0);
});

test('too many lookups: the person is told when to try again, and keeps what they typed', async ({ page }) => {
  await page.route('**/api/v1/lookups/**', (route) =>
    route.fulfill({
      status: 429,
      headers: { 'content-type': 'application/problem+json', 'retry-after': '600' },
      body: JSON.stringify({ type: 'about:blank', title: 'Too many requests', status: 429 }),
    }),
  );
  const p = await LookupPage.open(page, 'en', 'travel-ban-check');
  await p.enter(BANNED);
  await p.check.click();
  await expect(p.failure).toBeFocused();
  await expect(p.failure).toHaveText(messages.en.t('api-rate-limited-minutes', { minutes: 10 }));
  await expect(p.passport).toHaveValue(BANNED.passport);
});

test('offline: said plainly, and the answer comes when the person tries again online', async ({ page, context }) => {
  const p = await LookupPage.open(page, 'en', 'travel-ban-check');
  await p.enter(BANNED);
  await context.setOffline(true);
  await p.check.click();
  await expect(p.failure).toHaveText(messages.en.t('api-offline'));
  await context.setOffline(false);
  await p.check.click();
  await expect(p.answerHeading).toHaveText(messages.en.t('lookup-travel-ban-found'));
});

test('the answer\'s part of the app cannot be fetched: said plainly, nothing typed is lost, and trying again answers', async ({ page }) => {
  // The answer is read and shown by a chunk of its own (release build); a
  // stale deploy or a dropped connection must not lose the question.
  const blocked = /split_answer_chunk[^/]*\.wasm$/;
  await page.route(blocked, (route) => route.abort());
  const p = await LookupPage.open(page, 'en', 'travel-ban-check');
  await p.enter(BANNED);
  await p.check.click();
  await expect(p.failure).toHaveText(messages.en.t('api-unreachable'));
  await expect(p.passport).toHaveValue(BANNED.passport);
  await page.unroute(blocked);
  await p.check.click();
  await expect(p.answerHeading).toHaveText(messages.en.t('lookup-travel-ban-found'));
});

test('the service page starts the lookup, and an unknown service has no start page', async ({ page }) => {
  await page.goto('/en/services/travel-ban-check');
  await page.getByRole('link', { name: messages.en.t('service-start') }).click();
  await expect(page).toHaveURL(/\/en\/services\/travel-ban-check\/start$/);
  const res = await page.goto('/en/services/no-such-service/start');
  expect(res?.status()).toBe(404);
  // An application form's first question is a start page too.
  const form = await page.goto('/en/services/work-permit/start');
  expect(form?.status()).toBe(200);
});
