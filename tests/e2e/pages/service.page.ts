/** A service's page: what it is, who may use it, documents, fees, times and where. */
import { Locator, Page } from '@playwright/test';
import { Lang } from '../support/data';
import { AppFrame } from './app-frame';

export type SectionKey = 'who' | 'documents' | 'fees' | 'processing' | 'validity' | 'legal' | 'channels';
export const SECTION_ORDER: SectionKey[] = ['who', 'documents', 'fees', 'processing', 'validity', 'legal', 'channels'];

export class ServicePage extends AppFrame {
  constructor(page: Page, lang: Lang, readonly serviceId: string) {
    super(page, lang);
  }

  static path(lang: Lang, id: string): string {
    return `/${lang}/services/${id}`;
  }

  static async open(page: Page, lang: Lang, id: string): Promise<ServicePage> {
    const p = new ServicePage(page, lang, id);
    await p.open(ServicePage.path(lang, id));
    return p;
  }

  get backLink(): Locator {
    return this.main.getByRole('link', { name: this.msgs.t('back-to-catalog'), exact: true });
  }

  get sectionHeadings(): Locator {
    return this.main.getByRole('heading', { level: 2 });
  }

  sectionHeading(key: SectionKey): Locator {
    return this.main.getByRole('heading', { level: 2, name: this.msgs.t(`service-section-${key}`), exact: true });
  }

  /**
   * The content a section heading introduces: the `section` that the h2 opens
   * (an unnamed `section` has no role of its own, so it is reached from its
   * heading rather than by role).
   */
  section(key: SectionKey): Locator {
    return this.sectionHeading(key).locator('xpath=ancestor::section[1]');
  }

  /** The items of the list in a section (documents, channels). */
  sectionItems(key: SectionKey): Locator {
    return this.section(key).getByRole('list').getByRole('listitem');
  }

  get feeTables(): Locator {
    return this.main.getByRole('table');
  }

  feeTable(caption: string): Locator {
    return this.main.getByRole('table', { name: caption, exact: true });
  }
}
