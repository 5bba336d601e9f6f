/**
 * The application forms against the reference backend: every one of the 11
 * application services completed from its `/start` page to the confirmation
 * in each language, with axe on every page and error state, the state duty
 * on the receipt, and found exactly once by the tracking lookup; the error summary (focus,
 * links, title prefix), a field re-checked as it is fixed, the Change link's
 * round trip, a double click sending once, the draft kept across a reload, a
 * corrupted draft tolerated, a renamed non-PDF refused, and a language switch
 * keeping every answer. Pages are walked by their labels and roles; what to
 * enter in a text box is chosen by the question's id (its `name`).
 */
import { expect, Page, test } from '@playwright/test';
import { LANGS, Lang, messages, services } from './support/data';
import { expectNoAxeViolations } from './support/axe';
import { answerPage } from './pages/application';

const APPLICATION_SERVICES = services.filter((s) => s.kind === 'application').map((s) => s.id);

/**
 * From `/start` to "Check your answers". With `audit`, every question page is
 * checked by axe as it opens and again in its error state (Continue pressed
 * with nothing entered), and the answers page too.
 */
async function fillForm(page: Page, lang: Lang, service: string, passport: string, audit = false): Promise<void> {
  const m = messages[lang];
  const main = page.getByRole('main');
  await page.goto(`/${lang}/services/${service}/start`);
  for (let i = 0; i < 15; i++) {
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeVisible();
    if ((await heading.textContent()) === m.t('apply-check-title')) {
      if (audit) await expectNoAxeViolations(page);
      return;
    }
    const before = page.url();
    if (audit) {
      await expectNoAxeViolations(page);
      await main.getByRole('button', { name: m.t('apply-continue') }).click();
      // A page of optional questions only lets an empty Continue through.
      const summary = page.locator('#qp-error-summary');
      await expect(async () => expect(page.url() !== before || (await summary.isVisible())).toBe(true)).toPass();
      if (page.url() !== before) continue;
      await expect(summary).toBeFocused();
      await expectNoAxeViolations(page);
    }
    await answerPage(page, lang, passport);
    await expect(page).not.toHaveURL(before);
  }
  throw new Error(`${service}: never reached "Check your answers"`);
}

async function send(page: Page, lang: Lang): Promise<string> {
  const m = messages[lang];
  const main = page.getByRole('main');
  await main.getByRole('checkbox', { name: m.t('apply-declaration') }).check();
  await main.getByRole('button', { name: m.t('apply-submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.t('apply-sent-title') })).toBeVisible();
  const reference = (await main.locator('.qp-panel__reference').textContent())!.trim();
  expect(reference).toMatch(/^QP-/);
  return reference;
}

/** The references the tracking lookup lists for a person. */
async function tracked(page: Page, passport: string, citizenship: string): Promise<string[]> {
  const res = await page.request.post('/api/v1/lookups/application-status', {
    data: { passport_number: passport, date_of_birth: '1990-04-12', citizenship },
  });
  expect(res.status()).toBe(200);
  return ((await res.json()).applications as { reference: string }[]).map((a) => a.reference);
}

function passportFor(n: number): string {
  return `QF${String(Date.now() % 1_000_000).padStart(6, '0')}${String(n).padStart(2, '0')}`;
}

/** The confirmation's state duty, for the three kinds of fee. */
async function expectFee(page: Page, lang: Lang, service: string): Promise<void> {
  const m = messages[lang];
  const fee = page.locator('.qp-facts > div', { hasText: m.t('apply-sent-fee') }).locator('dd');
  const kind = services.find((s) => s.id === service)!.fees.type;
  if (kind === 'free') await expect(fee).toHaveText(m.t('apply-sent-fee-free'));
  if (kind === 'state-duty') await expect(fee).toHaveText(m.t('apply-sent-fee-later'));
  // The journey picks each first option: for oneself, 3 months, a decision in
  // 15 working days; the catalog's adult row for that is 40 AZN.
  if (service === 'temporary-residence') {
    const amount = lang === 'en' ? 'AZN\u00a040' : '40\u00a0AZN';
    await expect(fee.locator('strong')).toHaveText(amount);
    await expect(fee).toContainText(m.t('fee-group-adult'));
  }
}

APPLICATION_SERVICES.forEach((service, n) => {
  LANGS.forEach((lang, l) => {
    test(`${service} completed from its start page in ${lang}, every page accessible, sent once`, async ({ page }) => {
      const passport = passportFor(n * LANGS.length + l);
      await fillForm(page, lang, service, passport, true);
      const reference = await send(page, lang);
      await expectNoAxeViolations(page);
      await expectFee(page, lang, service);
      // Citizens' forms do not ask the citizenship: it is Azerbaijan's.
      const citizen = services.find((s) => s.id === service)!.audiences.includes('citizen');
      expect(await tracked(page, passport, citizen ? 'AZE' : 'RUS')).toEqual([reference]);
      // Sent: the draft is gone from the device.
      expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('qapi-draft')))).toEqual([]);
    });
  });
});

LANGS.forEach((lang) => {
  test(`errors: summary, focus, title prefix and a field re-checked as it changes, in ${lang}`, async ({ page }) => {
    const m = messages[lang];
    await page.goto(`/${lang}/services/citizenship-restoration/start`);
    const main = page.getByRole('main');
    await main.getByRole('button', { name: m.t('apply-continue') }).click();
    const summary = page.locator('#qp-error-summary');
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(new RegExp(`^${m.t('error-prefix')}`));
    const links = summary.getByRole('link');
    expect(await links.count()).toBe(4);
    await expectNoAxeViolations(page);
    // The link focuses its field.
    await links.first().click();
    const given = main.getByRole('textbox', { name: m.t('field-applicant-given-name'), exact: true });
    await expect(given).toBeFocused();
    await expect(given).toHaveAttribute('aria-invalid', 'true');
    await given.fill('R2D2');
    await expect(main.locator('.qp-error-message', { hasText: m.t('error-name-characters') })).toBeVisible();
    await given.fill('Anna');
    await expect(given).not.toHaveAttribute('aria-invalid', 'true');
  });
});

test("the fields' rules cannot be fetched: Continue says so plainly, keeps what was typed, and checks once they can", async ({ page }) => {
  // The rules travel with the later pages' chunk (release build), fetched
  // as the first question shows; a dropped connection must not lose answers.
  const m = messages.en;
  const blocked = /split_later_chunk[^/]*\.wasm$/;
  await page.route(blocked, (route) => route.abort());
  await page.goto('/en/services/citizenship-restoration/start');
  const main = page.getByRole('main');
  const given = main.getByRole('textbox', { name: m.t('field-applicant-given-name'), exact: true });
  await given.fill('R2D2');
  await main.getByRole('button', { name: m.t('apply-continue') }).click();
  const failure = page.locator('#qp-step-failure');
  await expect(failure).toHaveText(m.t('apply-rules-unavailable'));
  await expect(page).toHaveTitle(new RegExp(`^${m.t('error-prefix')}`));
  await expect(failure).toBeFocused();
  await expect(given).toHaveValue('R2D2');
  await expectNoAxeViolations(page);
  await page.unroute(blocked);
  await main.getByRole('button', { name: m.t('apply-continue') }).click();
  await expect(page.locator('#qp-error-summary')).toBeFocused();
  await expect(failure).toHaveCount(0);
  await expect(main.locator('.qp-error-message', { hasText: m.t('error-name-characters') })).toBeVisible();
});

test("Continue pressed twice while the fields' rules are on their way moves on once, when they come", async ({ page }) => {
  const m = messages.en;
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route(/split_later_chunk[^/]*\.wasm$/, async (route) => {
    await arrived;
    await route.continue();
  });
  await page.goto('/en/services/citizenship-restoration/start');
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Answers the page and presses Continue.
  await answerPage(page, 'en', passportFor(90));
  const start = page.url();
  const next = main.getByRole('button', { name: m.t('apply-continue') });
  // Marked busy (aria-disabled), but a hurried second press still lands.
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await next.click({ force: true });
  await expect(main.getByRole('status').filter({ hasText: m.t('lazy-loading') })).toBeVisible();
  await expect(page).toHaveURL(start);
  release();
  await expect(page).not.toHaveURL(start);
  const second = page.url();
  await page.goBack();
  await expect(page).toHaveURL(start);
  expect(second).toMatch(/\/apply\//);
});

test('a Change link returns to its field and then back to the answers', async ({ page }) => {
  const lang: Lang = 'en';
  const m = messages[lang];
  await fillForm(page, lang, 'citizenship-restoration', passportFor(40));
  const row = page.locator('.qp-summary__row', { hasText: m.t('field-restoration-lost-year') });
  await expect(row).toContainText('2001');
  await row.getByRole('link', { name: new RegExp(m.t('apply-change')) }).click();
  const year = page.getByRole('textbox', { name: m.t('field-restoration-lost-year'), exact: true });
  await expect(year).toBeFocused();
  await year.fill('2003');
  await page.getByRole('button', { name: m.t('apply-continue') }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.t('apply-check-title') })).toBeVisible();
  await expect(page.locator('.qp-summary__row', { hasText: m.t('field-restoration-lost-year') })).toContainText('2003');
});

test('a double click on Submit sends one application', async ({ page }) => {
  const lang: Lang = 'az';
  const m = messages[lang];
  const passport = passportFor(41);
  await fillForm(page, lang, 'foreign-citizenship-notice', passport);
  await page.getByRole('checkbox', { name: m.t('apply-declaration') }).check();
  await page.getByRole('button', { name: m.t('apply-submit') }).dblclick();
  await expect(page.getByRole('heading', { level: 1, name: m.t('apply-sent-title') })).toBeVisible();
  const res = await page.request.post('/api/v1/lookups/application-status', {
    data: { passport_number: passport, date_of_birth: '1990-04-12', citizenship: 'AZE' },
  });
  expect(((await res.json()).applications as unknown[]).length).toBe(1);
});

test('answers survive a reload and a language switch; a corrupted draft is set aside', async ({ page }) => {
  const en = messages.en;
  const ru = messages.ru;
  await page.goto('/en/services/citizenship-restoration/start');
  const main = page.getByRole('main');
  await main.getByRole('textbox', { name: en.t('field-applicant-given-name'), exact: true }).fill('Leyla');
  await page.reload();
  await expect(main.getByText(en.t('apply-draft-restored'))).toBeVisible();
  await expect(main.getByRole('textbox', { name: en.t('field-applicant-given-name'), exact: true })).toHaveValue('Leyla');
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(main.getByRole('textbox', { name: ru.t('field-applicant-given-name'), exact: true })).toHaveValue('Leyla');
  await page.evaluate(() => localStorage.setItem('qapi-draft-citizenship-restoration', '{"version": 1, "entries": [oops'));
  await page.goto('/en/services/citizenship-restoration/start');
  await expect(main.getByText(en.t('apply-draft-discarded'))).toBeVisible();
  await expect(main.getByRole('textbox', { name: en.t('field-applicant-given-name'), exact: true })).toHaveValue('');
});

test('what is typed is stored at once, before the later pages have arrived', async ({ page }) => {
  const en = messages.en;
  await page.route(/split_later_chunk[^/]*\.wasm$/, () => {}); // never answered
  await page.goto('/en/services/citizenship-restoration/start');
  const main = page.getByRole('main');
  await main.getByRole('textbox', { name: en.t('field-applicant-given-name'), exact: true }).fill('Leyla');
  await page.unroute(/split_later_chunk[^/]*\.wasm$/);
  await page.reload();
  await expect(main.getByText(en.t('apply-draft-restored'))).toBeVisible();
  await expect(main.getByRole('textbox', { name: en.t('field-applicant-given-name'), exact: true })).toHaveValue('Leyla');
});

test('a file that is not a PDF, JPEG or PNG is refused whatever its name', async ({ page }) => {
  const m = messages.en;
  // A later step opened by its address directly: it asks its questions all the same.
  await page.goto('/en/services/registration/apply/documents');
  const input = page.locator('input[type=file]');
  await input.setInputFiles({ name: 'passport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\0 a program') });
  await expect(page.getByText(m.t('apply-upload-wrong-type'))).toBeVisible();
});

test('errors shown are said again in the language switched to, with the answers kept', async ({ page }) => {
  const [en, ru] = [messages.en, messages.ru];
  await page.goto('/en/services/citizenship-restoration/start');
  const main = page.getByRole('main');
  await main.getByRole('textbox', { name: en.t('field-applicant-family-name'), exact: true }).fill('Petrova');
  await main.getByRole('button', { name: en.t('apply-continue') }).click();
  await expect(main.locator('.qp-error-message', { hasText: en.t('error-required') }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(main.getByRole('textbox', { name: ru.t('field-applicant-family-name'), exact: true })).toHaveValue('Petrova');
  await expect(main.locator('.qp-error-message', { hasText: ru.t('error-required') }).first()).toBeVisible();
  await expect(main.locator('.qp-error-message', { hasText: en.t('error-required') })).toHaveCount(0);
});

test('the receipt prints on one A4 page, without the site around it', async ({ page }) => {
  // The longest receipt: Russian, and a fee note that explains when to pay.
  const lang: Lang = 'ru';
  const m = messages[lang];
  await fillForm(page, lang, 'temporary-residence', passportFor(42));
  const reference = await send(page, lang);
  await expect(page.getByRole('img', { name: m.t('apply-sent-qr') })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: m.t('apply-sent-print') })).toBeHidden();
  await expect(page.locator('.qp-panel__reference')).toHaveText(reference);
  await expect(page.getByRole('img', { name: m.t('apply-sent-qr') })).toBeVisible();
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages.length).toBe(1);
});

test("autofill offers the details of whoever fills the form in, never a child's", async ({ page }) => {
  const m = messages.en;
  const main = page.getByRole('main');
  const given = main.getByRole('textbox', { name: m.t('field-applicant-given-name'), exact: true });
  const day = main.getByRole('textbox', { name: m.t('date-input-day'), exact: true });
  await page.goto('/en/services/stay-extension/start');
  await main.getByRole('radio', { name: m.t('option-applying-for-self') }).check();
  await main.getByRole('button', { name: m.t('apply-continue') }).click();
  await expect(given).toHaveAttribute('autocomplete', 'given-name');
  await expect(day).toHaveAttribute('autocomplete', 'bday-day');
  await page.goBack();
  await main.getByRole('radio', { name: m.t('option-applying-for-minor') }).check();
  await main.getByRole('button', { name: m.t('apply-continue') }).click();
  // The parent's own name is asked first, then the child's.
  await expect(main.getByRole('textbox', { name: m.t('field-representative-given-name'), exact: true })).toHaveAttribute(
    'autocomplete',
    'given-name',
  );
  await answerPage(page, 'en', passportFor(43));
  await expect(given).toHaveAttribute('autocomplete', 'off');
  await expect(day).toHaveAttribute('autocomplete', 'off');
});
