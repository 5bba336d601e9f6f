/**
 * The app's real data, read from the repository: the service catalog
 * (crates/core/data/catalog.json) and the interface messages (i18n/*.ftl).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Args, FluentFile, readFluentFile } from './fluent';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

export const LANGS = ['az', 'en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's own name, as the language switcher shows it. */
export const ENDONYMS: Record<Lang, string> = { az: 'Azərbaycanca', en: 'English', ru: 'Русский' };

/** Display orders, as the app defines them (crates/core/src/catalog.rs). */
export const CATEGORIES = ['stay', 'residence', 'work', 'citizenship', 'careers', 'check', 'tools'] as const;
export const AUDIENCES = ['foreigner', 'representative', 'host', 'employer', 'citizen'] as const;
export type Audience = (typeof AUDIENCES)[number];

export type Period = { days: number } | { months: number };
export interface FeeRow {
  group: string;
  working_days?: number;
  period?: Period;
  amount: string;
}
export type Fees = { type: 'free' } | { type: 'state-duty' } | { type: 'schedule'; rows: FeeRow[] };

export interface Service {
  id: string;
  category: string;
  kind: string;
  audiences: Audience[];
  documents: string[];
  fees: Fees;
  channels: string[];
}

/** The 18 services, in catalog order; a service without documents has none listed. */
export const services: Service[] = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'crates', 'core', 'data', 'catalog.json'), 'utf8')).services as Service[]
).map((s) => ({ ...s, documents: s.documents ?? [], channels: s.channels ?? [] }));

/** The message of a card's audience line: one per set of audiences, keys in AUDIENCES order. */
export function audienceMessageId(s: Service): string {
  return `service-for-${AUDIENCES.filter((a) => s.audiences.includes(a)).join('-')}`;
}

export function service(id: string): Service {
  const s = services.find((x) => x.id === id);
  if (!s) throw new Error(`catalog.json has no service ${id}`);
  return s;
}

const files = Object.fromEntries(
  LANGS.map((lang) => [lang, readFluentFile(lang, join(REPO_ROOT, 'i18n', `${lang}.ftl`))]),
) as Record<Lang, FluentFile>;

/** The messages of one language. */
export class Messages {
  constructor(readonly lang: Lang) {}

  private get file(): FluentFile {
    return files[this.lang];
  }

  t(id: string, args: Args = {}): string {
    return this.file.format(id, args);
  }

  attr(id: string, attribute: string, args: Args = {}): string {
    return this.file.format(id, args, attribute);
  }

  hasAttr(id: string, attribute: string): boolean {
    return this.file.has(id, attribute);
  }

  title(serviceId: string): string {
    return this.t(`svc-${serviceId}`);
  }

  summary(serviceId: string): string {
    return this.attr(`svc-${serviceId}`, 'summary');
  }

  /** What the browser tab says on a page whose h1 is `heading`. */
  documentTitle(heading: string): string {
    return this.t('document-title', { page: heading });
  }

  resultsCount(count: number): string {
    return this.t('results-count', { count });
  }
}

export const messages: Record<Lang, Messages> = {
  az: new Messages('az'),
  en: new Messages('en'),
  ru: new Messages('ru'),
};

/** The service with the most fee rows: the widest fee table. */
export function serviceWithLargestFeeTable(): Service {
  const rows = (s: Service) => (s.fees.type === 'schedule' ? s.fees.rows.length : 0);
  return services.reduce((a, b) => (rows(b) > rows(a) ? b : a));
}
