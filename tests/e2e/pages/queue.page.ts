/**
 * The online queue: the booking page (`/{lang}/services/online-queue/start`,
 * four numbered steps, then the confirmation slip) and the cancel page
 * (`/{lang}/services/online-queue/cancel`). Found by role and accessible
 * name, as assistive technology finds them.
 */
import { APIRequestContext, expect, Locator, Page } from '@playwright/test';
import { Lang } from '../support/data';
import { AppFrame } from './app-frame';
import { countryName, Person } from './lookup.page';

export interface Visitor extends Person {
  name: string;
}

/** A person no other test uses, so "one booking per person and service" does not get in the way. */
export function newVisitor(citizenship = 'DEU'): Visitor {
  const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
  return { name: 'Anna Müller', passport: `T${digits}`, birth: '1990-04-12', citizenship };
}

export interface Choice {
  service: string;
  office: string;
  /** YYYY-MM-DD, one of the days offered. */
  day: string;
}

export class QueuePage extends AppFrame {
  static async open(page: Page, lang: Lang): Promise<QueuePage> {
    const p = new QueuePage(page, lang);
    await p.open(`/${lang}/services/online-queue/start`);
    await expect(p.officeRadios.first()).toBeVisible();
    return p;
  }

  get service(): Locator {
    return this.main.getByRole('combobox', { name: this.msgs.t('queue-service-label'), exact: true });
  }
  get officeGroup(): Locator {
    return this.main.getByRole('group', { name: this.msgs.t('queue-office-legend') });
  }
  get officeRadios(): Locator {
    return this.officeGroup.getByRole('radio');
  }
  get day(): Locator {
    return this.main.getByRole('combobox', { name: this.msgs.t('queue-date-label'), exact: true });
  }
  /** The free times' radios. */
  get times(): Locator {
    return this.main.locator('input[name="qp-queue-time"]');
  }
  timeRadio(time: string): Locator {
    return this.main.getByRole('radio', { name: time, exact: true });
  }
  get name(): Locator {
    return this.main.getByRole('textbox', { name: this.msgs.t('queue-name-label'), exact: true });
  }
  get passport(): Locator {
    return this.main.getByRole('textbox', { name: this.msgs.t('person-passport-label'), exact: true });
  }
  birthBox(part: 'day' | 'month' | 'year'): Locator {
    return this.main
      .getByRole('group', { name: this.msgs.t('person-birth-legend') })
      .getByRole('textbox', { name: this.msgs.t(`date-input-${part}`), exact: true });
  }
  get citizenship(): Locator {
    return this.main.getByRole('combobox', { name: this.msgs.t('person-citizenship-label') });
  }
  get confirm(): Locator {
    return this.main.getByRole('button', { name: this.msgs.t('queue-submit'), exact: true });
  }
  get errorSummary(): Locator {
    return this.main.locator('#qp-error-summary');
  }
  get failure(): Locator {
    return this.main.locator('#qp-queue-failure');
  }
  get reference(): Locator {
    return this.main.locator('.qp-panel__reference');
  }
  get secret(): Locator {
    return this.main.locator('.qp-queue__secret');
  }
  get cancelLink(): Locator {
    return this.main.getByRole('link', { name: this.msgs.t('queue-cancel-link'), exact: true });
  }

  /** The days offered, as `YYYY-MM-DD`. */
  async days(): Promise<string[]> {
    const values = await this.day.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    return values.filter((v) => v !== '');
  }

  async choose(c: Choice): Promise<void> {
    await this.service.selectOption(c.service);
    await this.officeGroup.locator(`input[value="${c.office}"]`).check();
    await this.day.selectOption(c.day);
    await expect(this.times.first()).toBeVisible();
  }

  /** The free times shown now. */
  async freeTimes(): Promise<string[]> {
    return this.times.evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).value));
  }

  async enter(v: Visitor): Promise<void> {
    await this.name.fill(v.name);
    await this.passport.fill(v.passport);
    const [y, m, d] = v.birth.split('-');
    await this.birthBox('day').fill(String(+d));
    await this.birthBox('month').fill(String(+m));
    await this.birthBox('year').fill(y);
    const country = countryName(v.citizenship, this.lang);
    await this.citizenship.fill(country);
    await this.main.getByRole('option', { name: country, exact: true }).first().click();
  }

  /** Chooses everything, picks `time`, confirms and waits for the confirmation. */
  async book(c: Choice, time: string, v: Visitor): Promise<void> {
    await this.choose(c);
    await this.timeRadio(time).check();
    await this.enter(v);
    await this.confirm.click();
    await expect(this.heading).toHaveText(this.msgs.t('queue-booked-title'));
  }

  /** Books the first free time of the day; returns it. */
  async bookFirstFree(c: Choice, v: Visitor): Promise<string> {
    await this.choose(c);
    const time = (await this.freeTimes())[0];
    await this.timeRadio(time).check();
    await this.enter(v);
    await this.confirm.click();
    await expect(this.heading).toHaveText(this.msgs.t('queue-booked-title'));
    return time;
  }
}

export class CancelPage extends AppFrame {
  static async open(page: Page, lang: Lang, fragment = ''): Promise<CancelPage> {
    const p = new CancelPage(page, lang);
    await p.open(`/${lang}/services/online-queue/cancel${fragment}`);
    return p;
  }

  get reference(): Locator {
    return this.main.getByRole('textbox', { name: this.msgs.t('queue-reference-label'), exact: true });
  }
  get secret(): Locator {
    return this.main.getByRole('textbox', { name: this.msgs.t('queue-secret-field'), exact: true });
  }
  get submit(): Locator {
    return this.main.getByRole('button', { name: this.msgs.t('queue-cancel-submit'), exact: true });
  }
  get failure(): Locator {
    return this.main.locator('#qp-queue-failure');
  }
}

/** Whether `time` can still be booked, straight from the backend. */
export async function isFree(request: APIRequestContext, office: string, day: string, time: string): Promise<boolean> {
  const res = await request.get(`/api/v1/queue/offices/${office}/slots?date=${day}`);
  expect(res.ok()).toBeTruthy();
  const slots: { time: string; available: boolean }[] = (await res.json()).slots;
  const slot = slots.find((s) => s.time === time);
  if (!slot) throw new Error(`${day} has no time ${time}`);
  return slot.available;
}
