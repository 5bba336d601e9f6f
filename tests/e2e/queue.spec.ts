/**
 * The online queue against the reference backend (`--demo`): a visit booked
 * end to end in every language, the same time refused to a second person
 * with a fresh list, one booking per person and service, a double click
 * booking once, cancelling with the secret from the confirmation's link
 * (which frees the time) and refusing a wrong one, no holiday offered, the
 * rate-limited and offline paths, and nothing personal left in storage,
 * history state or the address.
 *
 * Tests run in parallel against one database, so each books its own day
 * (the n-th day offered) or office, and its own person.
 */
import { Browser, expect, Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, messages, REPO_ROOT } from './support/data';
import { expectNoAxeViolations } from './support/axe';
import { CancelPage, Choice, isFree, newVisitor, QueuePage } from './pages/queue.page';

/** The n-th day offered (0 may be today, whose early times have passed). */
async function nthDay(p: QueuePage, n: number): Promise<string> {
  const days = await p.days();
  expect(days.length).toBeGreaterThan(n);
  return days[n];
}

async function storedEverywhere(page: Page): Promise<string> {
  return page.evaluate(() =>
    JSON.stringify([{ ...localStorage }, { ...sessionStorage }, history.state, location.href, document.cookie]),
  );
}

LANGS.forEach((lang, i) => {
  const m = messages[lang];

  test(`a visit booked end to end in ${lang}, with its slip, QR code and cancel link`, async ({ page }) => {
    const p = await QueuePage.open(page, lang);
    await expectNoAxeViolations(page);

    // Nothing chosen: every question is asked, the summary links to each.
    await p.confirm.click();
    await expect(p.errorSummary).toBeFocused();
    await expect(p.errorSummary.getByRole('link')).toHaveText([
      m.t('queue-service-required'),
      m.t('queue-office-required'),
      m.t('queue-date-required'),
      m.t('queue-time-required'),
      m.t('queue-name-required'),
      m.t('person-passport-required'),
      m.t('person-birth-required'),
      m.t('person-citizenship-required'),
    ]);
    await expect(page).toHaveTitle(new RegExp(`^${m.t('error-prefix')}`));
    await expectNoAxeViolations(page);

    const choice: Choice = { service: 'registration', office: 'baku', day: await nthDay(p, 1 + i) };
    await p.choose(choice);
    // Each day is written out with its weekday.
    await expect(p.day.locator('option:checked')).toContainText(/\d{4}/);
    await expectNoAxeViolations(page);
    const time = (await p.freeTimes())[0];
    const visitor = newVisitor('RUS');
    await p.timeRadio(time).check();
    await p.enter(visitor);
    await p.confirm.click();

    await expect(p.heading).toHaveText(m.t('queue-booked-title'));
    await expect(p.heading).toBeFocused();
    await expect(p.reference).toHaveText(/^QB-/);
    const facts = p.main.locator('.qp-receipt__facts');
    await expect(facts).toContainText(m.title('registration'));
    await expect(facts).toContainText(time);
    const office = { az: 'Bakı şəhəri üzrə Miqrasiya İdarəsi', en: 'Baku City Migration Department', ru: 'Миграционное управление города Баку' }[lang];
    await expect(facts).toContainText(office);
    const weekdays = Array.from({ length: 7 }, (_, d) => m.t(`date-weekday-${d + 1}`));
    await expect(facts).toContainText(new RegExp(weekdays.join('|')));
    await expect(p.main.getByRole('img', { name: m.t('queue-qr-label', { reference: await p.reference.innerText() }) })).toBeVisible();
    await expect(p.main).toContainText(m.t('queue-bring-passport'));
    const reference = await p.reference.innerText();
    const secret = await p.secret.innerText();
    expect(secret.length).toBeGreaterThan(10);
    await expect(p.cancelLink).toHaveAttribute(
      'href',
      `/${lang}/services/online-queue/cancel#reference=${reference}&secret=${secret}`,
    );
    await expectNoAxeViolations(page);
    expect(await isFree(page.request, choice.office, choice.day, time)).toBe(true); // Baku has three desks.

    // Privacy: the person's details are gone from the page, and were never stored or put in the address.
    const stored = await storedEverywhere(page);
    expect(stored).not.toContain(visitor.passport);
    expect(stored).not.toContain(secret);
    expect(await page.content()).not.toContain(visitor.passport);
  });
});

test('the same time is refused to a second person, with a fresh list of times', async ({ browser }) => {
  const first = await QueuePage.open(await newPage(browser), 'en');
  const second = await QueuePage.open(await newPage(browser), 'en');
  // Sheki has one desk: a time there is one visit.
  const choice: Choice = { service: 'stay-extension', office: 'sheki', day: await nthDay(first, 4) };
  await first.choose(choice);
  await second.choose(choice);
  const time = (await first.freeTimes())[1];
  await second.timeRadio(time).check();
  await second.enter(newVisitor());

  await first.book(choice, time, newVisitor());

  await second.confirm.click();
  await expect(second.errorSummary).toBeFocused();
  await expect(second.errorSummary.getByRole('link')).toHaveText([messages.en.t('queue-slot-taken')]);
  await expect(second.timeRadio(time)).toHaveCount(0);
  await expect(second.times.first()).toBeVisible();
  await expect(second.times.first()).not.toBeChecked();
  // What the person entered is kept.
  await expect(second.passport).not.toHaveValue('');
  await expectNoAxeViolations(second.page);
});

test('a second booking by the same person for the same service is refused, with how to cancel', async ({ page }) => {
  const p = await QueuePage.open(page, 'en');
  const visitor = newVisitor();
  const day = await nthDay(p, 5);
  await p.bookFirstFree({ service: 'work-permit', office: 'baku', day }, visitor);
  await p.main.getByRole('button', { name: messages.en.t('queue-again') }).click();
  await p.choose({ service: 'work-permit', office: 'ganja', day });
  await p.times.first().check();
  await p.enter(visitor);
  await p.confirm.click();
  await expect(p.errorSummary).toBeFocused();
  await expect(p.errorSummary.getByRole('link')).toHaveText([messages.en.t('queue-booking-exists')]);
  await expect(p.main.getByRole('link', { name: messages.en.t('queue-cancel-title') })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a double click on Confirm books once', async ({ page }) => {
  const p = await QueuePage.open(page, 'en');
  // Ganja has two desks: one booking leaves the time free, two would take it.
  const choice: Choice = { service: 'temporary-residence', office: 'ganja', day: await nthDay(p, 6) };
  await p.choose(choice);
  const time = (await p.freeTimes())[2];
  await p.timeRadio(time).check();
  await p.enter(newVisitor());
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/queue/bookings')) posts.push(r.headers()['idempotency-key']);
  });
  await p.confirm.dblclick();
  await expect(p.heading).toHaveText(messages.en.t('queue-booked-title'));
  expect(new Set(posts).size).toBe(1);
  expect(await isFree(page.request, choice.office, choice.day, time)).toBe(true);
});

test('the confirmation’s cancel link cancels the booking and frees the time', async ({ page }) => {
  const p = await QueuePage.open(page, 'en');
  const choice: Choice = { service: 'permanent-residence', office: 'sheki', day: await nthDay(p, 7) };
  const time = await p.bookFirstFree(choice, newVisitor());
  expect(await isFree(page.request, choice.office, choice.day, time)).toBe(false);
  const [reference, secret] = [await p.reference.innerText(), await p.secret.innerText()];

  await p.cancelLink.click();
  const c = new CancelPage(page, 'en');
  await expect(c.reference).toHaveValue(reference);
  await expect(c.secret).toHaveValue(secret);
  // The fragment is read, then leaves the address bar and the history entry.
  await expect(page).toHaveURL(/\/en\/services\/online-queue\/cancel$/);
  expect(await storedEverywhere(page)).not.toContain(secret);
  await expectNoAxeViolations(page);
  await c.submit.click();
  await expect(c.heading).toHaveText(messages.en.t('queue-cancelled-title'));
  await expect(c.heading).toBeFocused();
  await expect(c.main).toContainText(reference);
  await expectNoAxeViolations(page);
  expect(await isFree(page.request, choice.office, choice.day, time)).toBe(true);
});

test('when the slip cannot be fetched after booking, the reference and the cancellation code still show', async ({ page }) => {
  const slip = /split_queue_slip_chunk\.wasm$/;
  let offline = true;
  await page.route(slip, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  const p = await QueuePage.open(page, 'ru');
  const choice: Choice = { service: 'citizenship-restoration', office: 'baku', day: await nthDay(p, 11) };
  await p.choose(choice);
  await p.timeRadio((await p.freeTimes())[0]).check();
  await p.enter(newVisitor());
  const made = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/queue/bookings'));
  await p.confirm.click();
  const { reference, secret } = await (await made).json();
  const m = messages.ru;
  await expect(p.main.getByText(m.t('queue-booked-unavailable', { reference, secret }))).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: m.t('lazy-failed') })).toBeVisible();
  await expectNoAxeViolations(page);
  offline = false;
  await page.getByRole('button', { name: m.t('lazy-retry') }).click();
  await expect(p.heading).toHaveText(m.t('queue-booked-title'));
  await expect(p.reference).toHaveText(reference);
  await expect(p.secret).toHaveText(secret);
});

test('a wrong secret and an unknown reference are refused alike, and the booking stays', async ({ page }) => {
  const p = await QueuePage.open(page, 'en');
  const choice: Choice = { service: 'work-permit-extension', office: 'sheki', day: await nthDay(p, 8) };
  const time = await p.bookFirstFree(choice, newVisitor());
  const reference = await p.reference.innerText();

  const c = await CancelPage.open(page, 'en');
  await expectNoAxeViolations(page);
  await c.submit.click();
  await expect(c.main.locator('#qp-error-summary').getByRole('link')).toHaveText([
    messages.en.t('queue-reference-required'),
    messages.en.t('queue-secret-required'),
  ]);
  await c.reference.fill(reference);
  await c.secret.fill('0123456789abcdef0123456789abcdef');
  await c.submit.click();
  await expect(c.failure).toBeFocused();
  await expect(c.failure).toHaveText(messages.en.t('queue-cancel-not-found'));
  await c.reference.fill('QB-0000-0000');
  await c.submit.click();
  await expect(c.failure).toHaveText(messages.en.t('queue-cancel-not-found'));
  await expectNoAxeViolations(page);
  expect(await isFree(page.request, choice.office, choice.day, time)).toBe(false);
});

test('no weekend or public holiday is offered', async ({ page }) => {
  const p = await QueuePage.open(page, 'en');
  const offered = new Set(await p.days());
  const calendar = JSON.parse(readFileSync(join(REPO_ROOT, 'crates/core/data/holidays.json'), 'utf8'));
  const daysOff: string[] = [];
  const working = new Set<string>();
  for (const year of Object.values(calendar.years) as { days?: { date: string; kind: string }[] }[]) {
    for (const d of year.days ?? []) {
      if (d.kind === 'working') working.add(d.date);
      else daysOff.push(d.date);
    }
  }
  const first = [...offered][0];
  const last = [...offered].at(-1)!;
  const inHorizon = daysOff.filter((d) => d >= first && d <= last);
  expect(inHorizon.length, 'a day off within the horizon to test against').toBeGreaterThan(0);
  for (const d of inHorizon) expect(offered.has(d), `${d} is a day off`).toBe(false);
  for (const d of offered) {
    const weekday = new Date(`${d}T12:00:00Z`).getUTCDay();
    if (!working.has(d)) expect([0, 6], `${d} is a weekend day`).not.toContain(weekday);
  }
  // The backend agrees: a day off has no times.
  const res = await page.request.get(`/api/v1/queue/offices/baku/slots?date=${inHorizon[0]}`);
  expect((await res.json()).slots).toEqual([]);
});

test('too many bookings: the person is told when to try again, and keeps every answer', async ({ page }) => {
  await page.route('**/api/v1/queue/bookings', (route) =>
    route.fulfill({
      status: 429,
      headers: { 'content-type': 'application/problem+json', 'retry-after': '900' },
      body: JSON.stringify({ type: 'about:blank', title: 'Too many requests', status: 429 }),
    }),
  );
  const p = await QueuePage.open(page, 'en');
  const visitor = newVisitor();
  await p.choose({ service: 'registration', office: 'baku', day: await nthDay(p, 9) });
  await p.times.first().check();
  await p.enter(visitor);
  await p.confirm.click();
  await expect(p.failure).toBeFocused();
  await expect(p.failure).toHaveText(messages.en.t('api-rate-limited-minutes', { minutes: 15 }));
  await expect(p.passport).toHaveValue(visitor.passport);
  await expect(p.times.first()).toBeChecked();
});

test('offline: said plainly, every answer kept, and the retry books once', async ({ page, context }) => {
  const p = await QueuePage.open(page, 'en');
  const choice: Choice = { service: 'citizenship-admission', office: 'sheki', day: await nthDay(p, 10) };
  await p.choose(choice);
  const time = (await p.freeTimes())[0];
  await p.timeRadio(time).check();
  const visitor = newVisitor();
  await p.enter(visitor);
  const keys = new Set<string>();
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/queue/bookings')) keys.add(r.headers()['idempotency-key']);
  });
  await context.setOffline(true);
  await p.confirm.click();
  await expect(p.failure).toHaveText(messages.en.t('api-offline'));
  await expect(p.passport).toHaveValue(visitor.passport);
  await expect(p.timeRadio(time)).toBeChecked();
  await context.setOffline(false);
  await p.confirm.click();
  await expect(p.heading).toHaveText(messages.en.t('queue-booked-title'));
  // The same answers, sent again: the same Idempotency-Key.
  expect(keys.size).toBe(1);
});

test('the service page starts the queue', async ({ page }) => {
  await page.goto('/en/services/online-queue');
  await page.getByRole('link', { name: messages.en.t('service-start') }).click();
  await expect(page).toHaveURL(/\/en\/services\/online-queue\/start$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.en.t('svc-online-queue'));
});

async function newPage(browser: Browser): Promise<Page> {
  // Another browser context: another person, sharing nothing with the first.
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, bypassCSP: true });
  return context.newPage();
}
