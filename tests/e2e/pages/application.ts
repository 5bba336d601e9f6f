/**
 * Filling in an application form's question pages, as a person would: by
 * labels and roles; what to enter in a text box is chosen by the
 * question's id (its `name`), valid for its rule.
 */
import { expect, Locator, Page } from '@playwright/test';
import { Lang, messages } from '../support/data';
import { countryName } from './lookup.page';

/** A scanned document: the first bytes of a PDF. */
const PDF = { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n% a scanned page\n') };

export function isoDaysFromNow(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** What to type for a question, by its id: valid for its rule. */
function valueFor(id: string, passport: string): string {
  const table: Record<string, string> = {
    'applicant.passport_number': passport,
    'other.passport_number': 'P1234567',
    'applicant.email': 'anna@example.az',
    'contact.phone': '050 123 45 67',
    'address.postal_code': 'AZ 1000',
    'person.fin': '5zhj6k2',
    'host.fin': '5ZHJ6K2',
    'employer.fin': '5ZHJ6K2',
    'permit.number': 'myi 1234567',
    'restoration.lost_year': '2001',
  };
  if (table[id]) return table[id];
  if (/given_name|family_name|patronymic/.test(id)) return 'Anna';
  return 'Nizami küçəsi 10';
}

function dateFor(id: string): string {
  if (id.includes('date_of_birth')) return '1990-04-12';
  if (id === 'stay.until') return isoDaysFromNow(40);
  if (id.includes('expiry')) return isoDaysFromNow(365 * 5);
  return isoDaysFromNow(-10);
}

/** Answers every question on the page (in `main`), then presses Continue. */
export async function answerPage(page: Page, lang: Lang, passport: string, main: Locator = page.getByRole('main')): Promise<void> {
  const m = messages[lang];
  // Radios and checkboxes: the first option of each group.
  for (const group of await main.locator('fieldset:has(input[type=radio]), fieldset:has(input[type=checkbox])').all()) {
    const first = group.locator('input').first();
    if (!(await first.isChecked())) await first.check();
  }
  for (const date of await main.locator('fieldset.qp-date').all()) {
    const id = (await date.locator('input').first().getAttribute('id'))!.replace(/-day$/, '');
    const [y, mo, d] = dateFor(idOf(id)).split('-');
    await date.getByRole('textbox', { name: m.t('date-input-day'), exact: true }).fill(String(Number(d)));
    await date.getByRole('textbox', { name: m.t('date-input-month'), exact: true }).fill(String(Number(mo)));
    await date.getByRole('textbox', { name: m.t('date-input-year'), exact: true }).fill(y);
  }
  for (const combo of await main.getByRole('combobox').all()) {
    const tag = await combo.evaluate((e) => e.tagName);
    if (tag === 'SELECT') {
      await combo.selectOption('baku');
    } else {
      await combo.fill(countryName('RUS', lang));
      await combo.press('Tab');
    }
  }
  for (const box of await main.locator('input[type=text][name], input[type=tel], input[type=email], textarea').all()) {
    const name = await box.getAttribute('name');
    if (!name || (await box.inputValue())) continue;
    await box.fill(valueFor(name, passport));
  }
  for (const upload of await main.locator('.qp-upload').all()) {
    await upload.locator('input[type=file]').setInputFiles(PDF);
    await expect(upload.getByText(m.t('apply-upload-done', { name: 'scan.pdf', size: '1' }))).toBeVisible();
  }
  await main.getByRole('button', { name: m.t('apply-continue') }).click();
}

function idOf(elementId: string): string {
  // qp-f-applicant-date-of-birth → the question's id is also its inputs' `name`; dates have none, so
  // map back through the known date questions.
  const known = ['applicant.date_of_birth', 'passport.expiry', 'stay.arrival', 'stay.until', 'permit.expiry',
    'residence.since', 'other.acquired'];
  return known.find((k) => `qp-f-${k.replace(/[._]/g, '-')}` === elementId) ?? elementId;
}

