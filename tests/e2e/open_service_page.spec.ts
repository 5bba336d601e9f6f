/**
 * A visitor opens a service's page: directly by its address in every
 * language, or from a card in the catalog.
 */
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home.page';
import { SECTION_ORDER, SectionKey, ServicePage } from './pages/service.page';
import { FeeRow, LANGS, Messages, messages, Period, services } from './support/data';

/** A duration as the fee table labels it: whole years read as years ("24 months" is "2 years"), a year and a half too ("1.5 years"). */
function periodLabel(m: Messages, period: Period | undefined): string {
  if (!period) return m.t('fee-any-period');
  if ('days' in period) return m.t('period-days', { count: period.days });
  if (period.months % 12 === 0) return m.t('period-years', { count: period.months / 12 });
  if (period.months > 12 && period.months % 12 === 6) return m.t('period-years-and-half', { years: Math.floor(period.months / 12) });
  return m.t('period-months', { count: period.months });
}

const periodOrder = (p: Period | undefined) => (!p ? -1 : 'days' in p ? p.days : 100_000 + p.months);
const digits = (amount: string) => {
  const n = Number(amount);
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace('.', '');
};

/** One fee table per group, first-seen order: durations down, processing times across. */
function expectedFeeTables(m: Messages, rows: FeeRow[]) {
  const groups = [...new Set(rows.map((r) => r.group))];
  return groups.map((group) => {
    const own = rows.filter((r) => r.group === group);
    const days = [...new Set(own.map((r) => r.working_days))].sort((a, b) => (a ?? -1) - (b ?? -1));
    const periods = [...new Map(own.map((r) => [JSON.stringify(r.period ?? null), r.period])).values()].sort(
      (a, b) => periodOrder(a) - periodOrder(b),
    );
    return {
      caption: m.t('fee-table-caption', { group: m.t(`fee-group-${group}`) }),
      columns: [
        m.t('fee-column-period'),
        ...days.map((d) => (d === undefined ? m.t('fee-column-amount') : m.t('fee-column-working-days', { days: d }))),
      ],
      rows: periods.map((p) => ({
        label: periodLabel(m, p),
        cells: days.map((d) => {
          const r = own.find((x) => JSON.stringify(x.period ?? null) === JSON.stringify(p ?? null) && x.working_days === d);
          return r ? digits(r.amount) : '—';
        }),
      })),
    };
  });
}

for (const lang of LANGS) {
  const m = messages[lang];
  test.describe(`service pages in ${lang}`, () => {
    for (const s of services) {
      test(`${s.id}`, async ({ page }) => {
        const response = await page.goto(ServicePage.path(lang, s.id));
        expect(response?.status()).toBe(200);
        const p = new ServicePage(page, lang, s.id);
        const title = m.title(s.id);
        await p.expectPage(title);
        expect(await page.title()).toContain(title);

        await expect(p.main.getByText(m.summary(s.id), { exact: true })).toBeVisible();
        await expect(p.backLink).toHaveAttribute('href', `/${lang}`);

        const id = `svc-${s.id}`;
        const sections = SECTION_ORDER.filter(
          (k: SectionKey) => (k !== 'documents' || s.documents.length > 0) && (k !== 'validity' || m.hasAttr(id, 'validity')),
        );
        // The service's sections, then the satisfaction rating every service page ends with.
        await expect(p.sectionHeadings).toHaveText([...sections.map((k) => m.t(`service-section-${k}`)), m.t('feedback-title')]);

        await expect(p.section('who')).toContainText(m.attr(id, 'who'));
        await expect(p.section('processing')).toContainText(m.attr(id, 'processing'));
        await expect(p.section('legal')).toContainText(m.attr(id, 'legal'));
        if (m.hasAttr(id, 'validity')) await expect(p.section('validity')).toContainText(m.attr(id, 'validity'));
        if (s.documents.length > 0) {
          await expect(p.sectionItems('documents')).toHaveText(s.documents.map((d) => m.t(`doc-${d}`)));
        }
        await expect(p.sectionItems('channels')).toHaveText(s.channels.map((c) => m.t(`channel-${c}`)));

        const fees = p.section('fees');
        if (s.fees.type === 'free') {
          await expect(fees).toContainText(m.t('fee-free'));
          await expect(p.feeTables).toHaveCount(0);
        } else if (s.fees.type === 'state-duty') {
          await expect(fees).toContainText(m.attr(id, 'fee-note'));
          await expect(p.feeTables).toHaveCount(0);
        } else {
          if (m.hasAttr(id, 'fee-note')) await expect(fees).toContainText(m.attr(id, 'fee-note'));
          await expect(fees).toContainText(m.t('fee-source'));
          const tables = expectedFeeTables(m, s.fees.rows);
          await expect(p.feeTables).toHaveCount(tables.length);
          for (const t of tables) {
            const table = p.feeTable(t.caption);
            await expect(table, `fee table "${t.caption}"`).toBeVisible();
            await expect(table.getByRole('columnheader')).toHaveText(t.columns);
            await expect(table.getByRole('rowheader')).toHaveText(t.rows.map((r) => r.label));
            const cells = await table.getByRole('cell').allInnerTexts();
            expect(cells.map((c) => (c.trim() === '—' ? '—' : c.replace(/\D/g, '')))).toEqual(t.rows.flatMap((r) => r.cells));
          }
        }
      });
    }
  });
}

test('clicking a card in the catalog opens its page client-side, with focus on the h1', async ({ page }) => {
  const home = await HomePage.open(page, 'az');
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  await home.serviceLink('temporary-residence').click();

  await expect(page).toHaveURL('/az/services/temporary-residence');
  const p = new ServicePage(page, 'az', 'temporary-residence');
  await p.expectPage(messages.az.title('temporary-residence'));
  await expect(p.heading).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), 'no full page load').toBe(true);

  // And back to the catalog by the back link, focus again on the h1.
  await p.backLink.click();
  await expect(page).toHaveURL('/az');
  await home.expectPage(messages.az.t('home-title'));
  await expect(home.heading).toBeFocused();
});

test('the browser Back button returns from a service page to the catalog', async ({ page }) => {
  const home = await HomePage.open(page, 'en');
  await home.serviceLink('online-queue').click();
  await expect(page).toHaveURL('/en/services/online-queue');
  await page.goBack();
  await expect(page).toHaveURL('/en');
  await home.expectPage(messages.en.t('home-title'));
  await expect(home.serviceLinks).toHaveCount(services.length);
});

test('the site name in the header leads home', async ({ page }) => {
  const p = await ServicePage.open(page, 'ru', 'travel-ban-check');
  await p.siteNameLink.click();
  await expect(page).toHaveURL('/ru');
  await p.expectPage(messages.ru.t('home-title'));
});

test('pointing at Start fetches the chunk Start leads to: an application form\'s for an application service', async ({ page }) => {
  // No idle preloading (the browser asks to save data): only the pointer fetches.
  await page.addInitScript(() =>
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
  );
  const chunks: string[] = [];
  page.on('request', (r) => {
    const name = /split_(\w+?)_chunk[^/]*\.wasm$/.exec(r.url());
    if (name) chunks.push(name[1]);
  });
  await page.goto('/en/services/work-permit');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: messages.en.t('service-start') }).hover();
  await expect.poll(() => chunks).toContain('apply');
  expect(chunks).not.toContain('lookup');
});
