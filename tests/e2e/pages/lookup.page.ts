/**
 * A lookup's start page (`/{lang}/services/{id}/start`): passport number,
 * date of birth in three boxes, citizenship picked from a list, then the
 * answer. Found by role and accessible name, as assistive technology finds it.
 */
import { expect, Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lang, REPO_ROOT } from '../support/data';
import { AppFrame } from './app-frame';

export interface Person {
  passport: string;
  /** YYYY-MM-DD */
  birth: string;
  citizenship: string;
}

/** The reference backend's demo people (`--demo`), as the README lists them. */
export const APPLICANT: Person = { passport: '751234567', birth: '1990-04-12', citizenship: 'RUS' };
export const BANNED: Person = { passport: '123456789', birth: '1985-09-30', citizenship: 'GBR' };
export const REGISTERED: Person = { passport: 'U12345678', birth: '1978-01-15', citizenship: 'TUR' };
export const NOBODY: Person = { passport: 'Q7777777', birth: '1991-02-03', citizenship: 'DEU' };

const countries: { alpha3: string; az: { name: string }; en: { name: string }; ru: { name: string } }[] = JSON.parse(
  readFileSync(join(REPO_ROOT, 'crates/core/data/countries.json'), 'utf8'),
).countries;

/** A country's name in `lang`, from the same CLDR data the app is built from. */
export function countryName(code: string, lang: Lang): string {
  const c = countries.find((c) => c.alpha3 === code);
  if (!c) throw new Error(`no country ${code}`);
  return c[lang].name;
}

export class LookupPage extends AppFrame {
  constructor(page: Page, lang: Lang, readonly serviceId: string) {
    super(page, lang);
  }

  static async open(page: Page, lang: Lang, id: string): Promise<LookupPage> {
    const p = new LookupPage(page, lang, id);
    await p.open(`/${lang}/services/${id}/start`);
    await expect(p.passport).toBeVisible();
    return p;
  }

  get passport(): Locator {
    return this.main.getByRole('textbox', { name: this.msgs.t('person-passport-label'), exact: true });
  }
  get birthGroup(): Locator {
    return this.main.getByRole('group', { name: this.msgs.t('person-birth-legend') });
  }
  birthBox(part: 'day' | 'month' | 'year'): Locator {
    return this.birthGroup.getByRole('textbox', { name: this.msgs.t(`date-input-${part}`), exact: true });
  }
  get citizenship(): Locator {
    return this.main.getByRole('combobox', { name: this.msgs.t('person-citizenship-label') });
  }
  get options(): Locator {
    return this.main.getByRole('listbox').getByRole('option');
  }
  get check(): Locator {
    return this.main.getByRole('button', { name: this.msgs.t('lookup-submit'), exact: true });
  }
  get clear(): Locator {
    return this.main.getByRole('button', { name: this.msgs.t('lookup-clear'), exact: true });
  }
  get errorSummary(): Locator {
    return this.main.locator('#qp-error-summary');
  }
  /** The answer's heading, which takes focus when the answer arrives. */
  get answerHeading(): Locator {
    return this.main.locator('#qp-lookup-answer');
  }
  get failure(): Locator {
    return this.main.locator('#qp-lookup-failure');
  }

  /** Types a name and chooses the country from the list, as a person would. */
  async chooseCitizenship(typed: string, shown: string) {
    await this.citizenship.fill(typed);
    await expect(this.options.first()).toHaveText(shown);
    await this.citizenship.press('ArrowDown');
    await this.citizenship.press('Enter');
    await expect(this.citizenship).toHaveValue(shown);
  }

  async enter(person: Person) {
    await this.passport.fill(person.passport);
    const [y, m, d] = person.birth.split('-');
    await this.birthBox('day').fill(String(+d));
    await this.birthBox('month').fill(String(+m));
    await this.birthBox('year').fill(y);
    const name = countryName(person.citizenship, this.lang);
    await this.chooseCitizenship(name, name);
  }

  async lookUp(person: Person) {
    await this.enter(person);
    await this.check.click();
    await expect(this.answerHeading).toBeFocused();
  }
}
