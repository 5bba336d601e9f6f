/** The home page: the catalog with its search box, audience filter and result count. */
import { expect, Locator, Page } from '@playwright/test';
import { Audience, AUDIENCES, Lang } from '../support/data';
import { AppFrame } from './app-frame';

export class HomePage extends AppFrame {
  constructor(page: Page, lang: Lang) {
    super(page, lang);
  }

  static async open(page: Page, lang: Lang): Promise<HomePage> {
    const home = new HomePage(page, lang);
    await home.open(`/${lang}`);
    await home.expectPage(home.msgs.t('home-title'));
    return home;
  }

  get searchBox(): Locator {
    return this.main.getByRole('searchbox', { name: this.msgs.t('search-label'), exact: true });
  }

  get audienceFilter(): Locator {
    return this.main.getByRole('group', { name: this.msgs.t('filter-legend'), exact: true });
  }

  /** The radio for one audience, or "Everyone" when none is given. */
  audienceRadio(audience?: Audience): Locator {
    const label = audience ? this.msgs.t(`audience-${audience}`) : this.msgs.t('filter-all');
    return this.audienceFilter.getByRole('radio', { name: label, exact: true });
  }

  /** All the radios, in the order they are shown: "Everyone", then each audience. */
  get audienceRadios(): Locator[] {
    return [this.audienceRadio(), ...AUDIENCES.map((a) => this.audienceRadio(a))];
  }

  get resultCount(): Locator {
    return this.main.getByRole('status');
  }

  get noResultsHint(): Locator {
    return this.main.getByText(this.msgs.t('results-none-hint'), { exact: true });
  }

  /** The section of one category, named by its h2. */
  category(key: string): Locator {
    return this.main.getByRole('region', { name: this.msgs.t(`category-${key}`), exact: true });
  }

  get categorySections(): Locator {
    return this.main.getByRole('region');
  }

  get categoryHeadings(): Locator {
    return this.main.getByRole('heading', { level: 2 });
  }

  /** The title link of every card shown, in page order. */
  get serviceLinks(): Locator {
    return this.main.getByRole('listitem').getByRole('heading', { level: 3 }).getByRole('link');
  }

  serviceLink(id: string): Locator {
    return this.main.getByRole('heading', { level: 3, name: this.msgs.title(id), exact: true }).getByRole('link');
  }

  /** The card (list item) of one service. */
  card(id: string): Locator {
    return this.main
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 3, name: this.msgs.title(id), exact: true }) });
  }

  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
  }

  async chooseAudience(audience?: Audience): Promise<void> {
    await this.audienceRadio(audience).check();
  }

  /** The list shows exactly these services, in this order, and the count says so. */
  async expectResults(ids: string[]): Promise<void> {
    await expect(this.resultCount).toHaveText(this.msgs.resultsCount(ids.length));
    await expect(this.serviceLinks).toHaveText(ids.map((id) => this.msgs.title(id)));
  }
}
