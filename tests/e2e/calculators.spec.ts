/**
 * The two calculators in every language: worked examples whose expected
 * dates are counted here from the rules and the holiday data (not copied
 * from the app), errors summarised and tied to their fields (a trip's
 * problem on that trip's boxes), adding and removing trips with focus where
 * a keyboard user expects it, a calculation offline, and axe on every state.
 * The browser's clock is fixed, so "today" is known.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, Messages, messages, REPO_ROOT } from './support/data';
import { expectNoAxeViolations } from './support/axe';
import { CalculatorPage, Iso } from './pages/calculator.page';

/** Noon in Baku (UTC+4) on 15 February 2026. */
const NOW = new Date('2026-02-15T08:00:00Z');
const TODAY: Iso = '2026-02-15';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

// Dates, counted independently of the app.
const day = (iso: Iso) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date): Iso => d.toISOString().slice(0, 10);
const addDays = (from: Iso, n: number): Iso => iso(new Date(day(from).getTime() + n * 86_400_000));
const daysBetween = (from: Iso, to: Iso) => Math.round((day(to).getTime() - day(from).getTime()) / 86_400_000);

/** The calendar's listed days (holidays, days off, working weekend days), from the data file. */
const listed = new Map<string, string>(
  JSON.parse(readFileSync(join(REPO_ROOT, 'crates/core/data/holidays.json'), 'utf8')).years.flatMap(
    (y: { days: { date: string; kind: string }[] }) => y.days.map((d) => [d.date, d.kind]),
  ),
);
function isWorkingDay(d: Iso): boolean {
  const kind = listed.get(d);
  if (kind) return kind === 'working';
  const weekday = day(d).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}
/** The n-th working day after `from` (Migration Code art. 21: 5 working days after a move). */
function workingDaysAfter(from: Iso, n: number): Iso {
  let d = from;
  while (n > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) n -= 1;
  }
  return d;
}

/**
 * A year as Azerbaijani writes it in a date, for the years these tests meet:
 * written out here, not computed by a copy of the app's rule (its unit test
 * covers the rule).
 */
const AZ_YEARS: Record<number, string> = {
  1900: '1900-cü', 2020: '2020-ci', 2021: '2021-ci', 2022: '2022-ci', 2023: '2023-cü', 2024: '2024-cü',
  2025: '2025-ci', 2026: '2026-cı', 2027: '2027-ci', 2028: '2028-ci', 2029: '2029-cu',
};
function azYear(year: number): string {
  if (!AZ_YEARS[year]) throw new Error(`no Azerbaijani form written for the year ${year}`);
  return AZ_YEARS[year];
}

function longDate(m: Messages, d: Iso): string {
  const [y, mo, da] = d.split('-').map(Number);
  return m.t('date-long', { day: da, month: m.t(`date-month-${mo}`), year: m.lang === 'az' ? azYear(y) : y });
}
function weekdayDate(m: Messages, d: Iso): string {
  const weekday = day(d).getUTCDay() || 7;
  return m.t('date-with-weekday', { weekday: m.t(`date-weekday-${weekday}`), date: longDate(m, d) });
}

for (const lang of LANGS) {
  const m = messages[lang];

  test.describe(`calculators in ${lang}`, () => {
    test('registration deadline: errors, then 30 days after arrival for a citizen of Kazakhstan', async ({ page }) => {
      const p = await CalculatorPage.open(page, lang, 'registration-deadline');
      await expectNoAxeViolations(page);
      const title = await page.title();

      await p.submit();
      await expect(p.errorSummary).toBeFocused();
      await expect(page).toHaveTitle(`${m.t('error-prefix')} ${title}`);
      const links = p.errorSummary.getByRole('link');
      await expect(links).toHaveText([
        m.t('person-citizenship-required'),
        m.t('calc-reg-event-required'),
        m.t('calc-reg-date-arrival-required'),
      ]);
      await links.nth(1).click();
      await expect(p.radio('calc-reg-event-arrival')).toBeFocused();
      await expectNoAxeViolations(page);

      // Only the wrong box of a date is marked.
      await p.chooseCitizenship('KAZ');
      await p.radio('calc-reg-event-arrival').check();
      const legend = m.t('calc-reg-date-arrival');
      await p.fillDate(legend, '2026-04-31');
      await p.submit();
      await expect(p.errorSummary.getByRole('link')).toHaveText([m.t('date-entry-day')]);
      await expect(p.dateBox(legend, 'day')).toHaveAttribute('aria-invalid', 'true');
      await expect(p.dateBox(legend, 'month')).not.toHaveAttribute('aria-invalid', 'true');

      // Kazakhstan: 30 calendar days after arrival (Protocol to the 2009 visa-free agreement).
      const arrival = '2026-02-01';
      const last = addDays(arrival, 30);
      await p.fillDate(legend, arrival);
      await p.submit();
      await expect(p.resultHeading).toBeFocused();
      await expect(p.resultHeading).toHaveText(m.t('calc-reg-result', { date: weekdayDate(m, last) }));
      await expect(p.result).toContainText(m.t('calc-reg-days-left', { count: daysBetween(TODAY, last) }));
      await expect(p.result).toContainText(m.t('calc-rule-registration-arrival-kaz-30'));
      await expect(p.result).toContainText(m.attr('calc-rule-registration-arrival-kaz-30', 'legal'));
      await expect(p.result).toContainText(longDate(m, '2021-08-26'));
      await expect(p.errorSummary).toHaveCount(0);
      await expect(page).toHaveTitle(title);
      await expectNoAxeViolations(page);
    });

    test('registration deadline: 5 working days after a move skip Novruz and Ramazan', async ({ page }) => {
      const p = await CalculatorPage.open(page, lang, 'registration-deadline');
      await p.chooseCitizenship('DEU');
      await p.radio('calc-reg-event-move').check();
      const moved = '2026-03-17';
      const last = workingDaysAfter(moved, 5);
      expect(daysBetween(moved, last), 'the holidays are skipped').toBeGreaterThan(7);
      await p.fillDate(m.t('calc-reg-date-move'), moved);
      await p.submit();
      await expect(p.resultHeading).toHaveText(m.t('calc-reg-result', { date: weekdayDate(m, last) }));
      await expect(p.result).toContainText(m.t('calc-rule-registration-move-5-working-days'));
      const skipped = p.result.getByRole('listitem');
      await expect(skipped.filter({ hasText: m.t('holiday-novruz') }).first()).toBeVisible();
      await expect(skipped.filter({ hasText: weekdayDate(m, '2026-03-20') })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('registration deadline: a day already past is a plain warning', async ({ page }) => {
      const p = await CalculatorPage.open(page, lang, 'registration-deadline');
      await p.chooseCitizenship('TUR');
      await p.radio('calc-reg-event-arrival').check();
      const last = addDays('2026-01-10', 15);
      await p.fillDate(m.t('calc-reg-date-arrival'), '2026-01-10');
      await p.submit();
      await expect(p.resultHeading).toHaveText(m.t('calc-reg-result', { date: weekdayDate(m, last) }));
      await expect(p.result).toContainText(m.t('calc-reg-late', { count: daysBetween(last, TODAY) }));
      // 25 January 2026 is a Sunday: said, not moved.
      await expect(p.result).toContainText(m.t('calc-reg-day-off', { reason: m.t('date-weekday-7') }));
      await expectNoAxeViolations(page);
    });

    test('temporary stay: a Russian citizen with two trips over New Year', async ({ page }) => {
      const p = await CalculatorPage.open(page, lang, 'stay-calculator');
      await expectNoAxeViolations(page);
      await p.submit();
      await expect(p.errorSummary).toBeFocused();
      await expect(p.errorSummary.getByRole('link')).toHaveText([
        m.t('person-citizenship-required'),
        m.t('calc-stay-entry-required'),
        m.t('calc-stay-trip-problem', {
          trip: m.t('calc-stay-trip-legend', { number: 1 }),
          problem: m.t('calc-stay-trip-entry-required'),
        }),
      ]);
      await expectNoAxeViolations(page);

      await p.chooseCitizenship('RUS');
      await p.radio('calc-stay-entry-visa-free').check();
      const trips: [Iso, Iso][] = [
        ['2025-11-01', '2025-12-10'],
        ['2025-12-20', '2026-01-20'],
      ];
      for (const [i, [entry, exit]] of trips.entries()) await p.enterTrip(i + 1, entry, exit);
      await p.submit();
      await expect(p.resultHeading).toBeFocused();

      // 90 days per calendar year (Cabinet Decision No. 561): each year counted apart, both ends included.
      const in2026 = daysBetween('2026-01-01', '2026-01-20') + 1;
      const in2025 = daysBetween('2025-11-01', '2025-12-10') + 1 + daysBetween('2025-12-20', '2025-12-31') + 1;
      await expect(p.resultHeading).toHaveText(m.t('calc-stay-used', { count: in2026, limit: 90 }));
      await expect(p.result).toContainText(m.t('calc-stay-left', { count: 90 - in2026 }));
      const runsOut = addDays(TODAY, 90 - in2026 - 1);
      await expect(p.result).toContainText(m.t('calc-stay-runs-out', { date: weekdayDate(m, runsOut) }));
      await expect(p.result).toContainText(m.t('calc-rule-stay-rus-90-per-calendar-year'));
      await expect(p.result).toContainText(longDate(m, '2025-01-01'));

      await p.result.getByText(m.t('calc-stay-breakdown')).click();
      await expect(p.result).toContainText(m.t('calc-stay-window-used', { count: in2025, limit: 90 }));
      await expect(p.result).toContainText(m.t('calc-stay-window-used', { count: in2026, limit: 90 }));
      await expect(p.result.locator('tbody tr')).toHaveCount(in2025 + in2026);
      await expectNoAxeViolations(page);

      // Printed, the form is left out.
      await page.emulateMedia({ media: 'print' });
      await expect(p.calculate).toBeHidden();
      await expect(p.result.locator('tbody tr').first()).toBeVisible();
    });

    test('temporary stay: an overstay is a warning with the days over', async ({ page }) => {
      const p = await CalculatorPage.open(page, lang, 'stay-calculator');
      await p.chooseCitizenship('TUR');
      await p.radio('calc-stay-entry-visa-free').check();
      const entry = '2025-10-01';
      await p.enterTrip(1, entry);
      await p.submit();
      // 90 days per stay without a visa, counted from the day of entry, still in the country today.
      const used = daysBetween(entry, TODAY) + 1;
      await expect(p.resultHeading).toHaveText(m.t('calc-stay-used', { count: used, limit: 90 }));
      await expect(p.result).toContainText(m.t('calc-stay-overstay', { count: used - 90 }));
      await expect(p.result).toContainText(m.t('calc-stay-left', { count: 0 }));
      await expect(p.result).toContainText(m.t('calc-rule-stay-visa-free-90'));
      await expectNoAxeViolations(page);
    });

    test('temporary stay: an exit before the entry is shown on that trip', async ({ page }) => {
      const p = await CalculatorPage.open(page, lang, 'stay-calculator');
      await p.chooseCitizenship('RUS');
      await p.radio('calc-stay-entry-visa-free').check();
      await p.enterTrip(1, '2025-06-01', '2025-06-10');
      await p.enterTrip(2, '2026-01-10', '2026-01-05');
      await p.submit();
      await expect(p.errorSummary).toBeFocused();
      const trip2 = m.t('calc-stay-trip-legend', { number: 2 });
      const problem = m.t('calc-trip-exit-before-entry');
      await expect(p.errorSummary.getByRole('link')).toHaveText([m.t('calc-stay-trip-problem', { trip: trip2, problem })]);
      await expect(p.tripBox(2, 'exit', 'day')).toHaveAttribute('aria-invalid', 'true');
      await expect(p.tripBox(2, 'entry', 'day')).not.toHaveAttribute('aria-invalid', 'true');
      await expect(p.tripBox(1, 'exit', 'day')).not.toHaveAttribute('aria-invalid', 'true');
      await expect(p.trip(2)).toContainText(problem);
      await p.errorSummary.getByRole('link').click();
      await expect(p.tripBox(2, 'exit', 'day')).toBeFocused();
      await expectNoAxeViolations(page);
    });

    test('temporary stay: adding and removing trips moves focus sensibly', async ({ page }) => {
      const p = await CalculatorPage.open(page, lang, 'stay-calculator');
      await expect(p.trips).toHaveCount(1);
      await p.addTrip.click();
      await expect(p.trips).toHaveCount(2);
      await expect(p.tripBox(2, 'entry', 'day')).toBeFocused();
      await p.tripBox(2, 'entry', 'day').fill('7');
      // Removing trip 1: the next trip takes its place and its number, and gets focus.
      await p.removeTrip(1).click();
      await expect(p.trips).toHaveCount(1);
      await expect(p.tripBox(1, 'entry', 'day')).toBeFocused();
      await expect(p.tripBox(1, 'entry', 'day')).toHaveValue('7');
      const removed = m.t('calc-stay-trip-removed', { number: 1 });
      await expect(p.main.getByRole('status').filter({ hasText: removed })).toHaveText(removed);
      // Removing the last one: focus goes to the button that adds a trip.
      await p.removeTrip(1).click();
      await expect(p.trips).toHaveCount(0);
      await expect(p.addTrip).toBeFocused();
      await expect(p.addTrip).toHaveText(m.t('calc-stay-trip-add-first'));
      await expectNoAxeViolations(page);
    });
  });
}

test('offline once loaded, the stay calculator still calculates', async ({ page, context }) => {
  const p = await CalculatorPage.open(page, 'en', 'stay-calculator');
  await context.setOffline(true);
  await p.chooseCitizenship('RUS');
  await p.radio('calc-stay-entry-visa-free').check();
  await p.enterTrip(1, '2026-01-01', '2026-01-10');
  await p.submit();
  await expect(p.resultHeading).toHaveText(messages.en.t('calc-stay-used', { count: 10, limit: 90 }));
});

test('offline once loaded, the registration deadline still calculates', async ({ page, context }) => {
  const m = messages.en;
  const p = await CalculatorPage.open(page, 'en', 'registration-deadline');
  await context.setOffline(true);
  await p.chooseCitizenship('KAZ');
  await p.radio('calc-reg-event-arrival').check();
  await p.fillDate(m.t('calc-reg-date-arrival'), '2026-02-01');
  await p.submit();
  await expect(p.resultHeading).toHaveText(m.t('calc-reg-result', { date: weekdayDate(m, addDays('2026-02-01', 30)) }));
});

test('going from one calculator straight to the other shows the other', async ({ page }) => {
  // A history jump changes the address from one calculator to the other
  // with no page between; each calculator is a chunk of its own.
  const m = messages.en;
  const p = await CalculatorPage.open(page, 'en', 'registration-deadline');
  await expect(p.main.getByRole('heading', { level: 1 })).toHaveText(m.t('svc-registration-deadline'));
  await page.evaluate(() => {
    history.pushState(null, '', '/en/services/stay-calculator/start');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(p.main.getByRole('heading', { level: 1 })).toHaveText(m.t('svc-stay-calculator'));
  await expect(p.main.getByRole('heading', { level: 2, name: m.t('calc-stay-trips-heading') })).toBeVisible();
});

test('nothing typed or calculated is sent or stored', async ({ page }) => {
  const requests: string[] = [];
  const p = await CalculatorPage.open(page, 'en', 'stay-calculator');
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
  await p.chooseCitizenship('RUS');
  await p.radio('calc-stay-entry-visa-free').check();
  await p.enterTrip(1, '2026-01-01', '2026-01-10');
  await p.submit();
  await expect(p.resultHeading).toBeVisible();
  expect(requests.filter((r) => r.includes('/api/'))).toEqual([]);
  const stored = await page.evaluate(() =>
    JSON.stringify([{ ...localStorage }, { ...sessionStorage }, history.state, location.href, document.cookie]),
  );
  expect(stored).not.toContain('2026-01');
  expect(stored).not.toContain('RUS');
});
