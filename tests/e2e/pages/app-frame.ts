/**
 * What every Qapı page has: the skip link, the header with the site name and
 * the language switcher, and the `main` landmark with the page's h1.
 * Everything is found by role and accessible name, as assistive technology
 * finds it.
 */
import { expect, Locator, Page, Response } from '@playwright/test';
import { ENDONYMS, Lang, messages, Messages } from '../support/data';

export class AppFrame {
  readonly msgs: Messages;
  /** Where the app is, when it is not the page's `main` (a widget in a host page). */
  private scope?: Locator;

  constructor(readonly page: Page, readonly lang: Lang) {
    this.msgs = messages[lang];
  }

  /**
   * Loads `path` and waits until the app has rendered its h1 and, on a page
   * written at build time (the catalog), taken it over: what a test does
   * next is the app's to answer (prerendered_catalog.spec.ts tests the page
   * before that).
   */
  async open(path: string): Promise<Response | null> {
    const response = await this.page.goto(path);
    await expect(this.heading).toBeVisible();
    await expect(this.page.locator('#qp-pre')).toHaveCount(0);
    return response;
  }

  /** The app's pages only in `scope`, e.g. a widget's root in a host page. */
  within(scope: Locator): this {
    this.scope = scope;
    return this;
  }

  get main(): Locator {
    return this.scope ?? this.page.getByRole('main');
  }

  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }

  get skipLink(): Locator {
    return this.page.getByRole('link', { name: this.msgs.t('skip-link'), exact: true });
  }

  get siteNameLink(): Locator {
    return this.page.getByRole('banner').getByRole('link', { name: this.msgs.t('site-name'), exact: true });
  }

  get languageNav(): Locator {
    return this.page.getByRole('navigation', { name: this.msgs.t('language-nav-label'), exact: true });
  }

  languageLink(lang: Lang): Locator {
    return this.languageNav.getByRole('link', { name: ENDONYMS[lang], exact: true });
  }

  /** Clicks another language in the switcher; the frame then speaks it. */
  async switchTo(lang: Lang): Promise<AppFrame> {
    await this.languageLink(lang).click();
    const next = new AppFrame(this.page, lang);
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
    return next;
  }

  /** `<html lang>`, the h1 and the tab title all agree with `heading` in this language. */
  async expectPage(heading: string): Promise<void> {
    await expect(this.heading).toHaveText(heading);
    await expect(this.page.locator('html')).toHaveAttribute('lang', this.lang);
    await expect(this.page).toHaveTitle(this.msgs.documentTitle(heading));
  }
}
