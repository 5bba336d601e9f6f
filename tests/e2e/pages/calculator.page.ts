/**
 * A calculator's start page (`/{lang}/services/{registration-deadline|stay-calculator}/start`):
 * the questions, the result under a heading that takes focus, and for the
 * stay calculator a list of trips, each a group "Trip N". Found by role and
 * accessible name, as assistive technology finds it.
 */
import { expect, Locator, Page } from '@playwright/test';
import { Lang } from '../support/data';
import { AppFrame } from './app-frame';
import { countryName } from './lookup.page';

/** A date as the tests write it: YYYY-MM-DD. */
export type Iso = string;

export class CalculatorPage extends AppFrame {
  static async open(page: Page, lang: Lang, id: 'registration-deadline' | 'stay-calculator'): Promise<CalculatorPage> {
    const p = new CalculatorPage(page, lang);
    await p.open(`/${lang}/services/${id}/start`);
    await expect(p.calculate).toBeVisible();
    return p;
  }

  get citizenship(): Locator {
    return this.main.getByRole('combobox', { name: this.msgs.t('person-citizenship-label') });
  }
  get calculate(): Locator {
    return this.main.getByRole('button', { name: this.msgs.t('calc-submit'), exact: true });
  }
  get errorSummary(): Locator {
    return this.main.locator('#qp-error-summary');
  }
  /** The result's heading, which takes focus when the result is shown. */
  get resultHeading(): Locator {
    return this.main.locator('#qp-calc-result');
  }
  get result(): Locator {
    return this.main.locator('section.qp-answer');
  }
  radio(id: string): Locator {
    return this.main.getByRole('radio', { name: this.msgs.t(id), exact: true });
  }

  /** The three boxes of the date whose group is named `legend`, inside `within`. */
  dateBox(legend: string, part: 'day' | 'month' | 'year', within: Locator = this.main): Locator {
    return within
      .getByRole('group', { name: legend, exact: true })
      .getByRole('textbox', { name: this.msgs.t(`date-input-${part}`), exact: true });
  }

  async fillDate(legend: string, iso: Iso, within: Locator = this.main) {
    const [y, m, d] = iso.split('-');
    await this.dateBox(legend, 'day', within).fill(String(+d));
    await this.dateBox(legend, 'month', within).fill(String(+m));
    await this.dateBox(legend, 'year', within).fill(y);
  }

  async chooseCitizenship(code: string) {
    const name = countryName(code, this.lang);
    await this.citizenship.fill(name);
    await expect(this.main.getByRole('listbox').getByRole('option').first()).toHaveText(name);
    await this.citizenship.press('ArrowDown');
    await this.citizenship.press('Enter');
    await expect(this.citizenship).toHaveValue(name);
  }

  async submit() {
    await this.calculate.click();
  }

  // The stay calculator's trips.

  trip(n: number): Locator {
    return this.main.getByRole('group', { name: this.msgs.t('calc-stay-trip-legend', { number: n }), exact: true });
  }
  get trips(): Locator {
    return this.main.locator('fieldset.qp-trip');
  }
  get addTrip(): Locator {
    return this.main.getByRole('button', {
      name: new RegExp(`^(${this.msgs.t('calc-stay-trip-add')}|${this.msgs.t('calc-stay-trip-add-first')})$`),
    });
  }
  removeTrip(n: number): Locator {
    return this.main.getByRole('button', { name: this.msgs.t('calc-stay-trip-remove', { number: n }), exact: true });
  }
  tripBox(n: number, which: 'entry' | 'exit', part: 'day' | 'month' | 'year'): Locator {
    return this.dateBox(this.msgs.t(`calc-stay-trip-${which}`), part, this.trip(n));
  }

  /** Fills trip `n` (adding it when it is not there yet). */
  async enterTrip(n: number, entry: Iso, exit?: Iso) {
    if ((await this.trips.count()) < n) await this.addTrip.click();
    await this.fillDate(this.msgs.t('calc-stay-trip-entry'), entry, this.trip(n));
    if (exit) await this.fillDate(this.msgs.t('calc-stay-trip-exit'), exit, this.trip(n));
  }
}
