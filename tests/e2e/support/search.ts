/**
 * What the catalog search should find, computed from the real titles and
 * summaries with the matching rules the product promises: case, İ/I/ı/i,
 * Azerbaijani and Russian diacritics (ə→e, ü→u, ö→o, ğ→g, ç→c, ş→s, ё→е,
 * й→и) and hyphens/dashes do not matter; every word of the query must occur
 * in the title, the summary or the keywords (other names: «ВНЖ»).
 */
import { Audience, Lang, messages, Service, services } from './data';

const FOLDS: Array<[string, string]> = [
  ['İIıiÌÍÎÏìíîï', 'i'],
  ['ƏəÄäÈÉÊËèéêë', 'e'],
  ['ÜüÙÚÛùúû', 'u'],
  ['ÖöÒÓÔòóô', 'o'],
  ['Ğğ', 'g'],
  ['Çç', 'c'],
  ['Şş', 's'],
  ['ÀÁÂàáâ', 'a'],
  ['Ёё', 'е'],
  ['Йй', 'и'],
];
const FOLD = new Map<string, string>();
for (const [from, to] of FOLDS) for (const c of from) FOLD.set(c, to);

export function fold(text: string): string {
  let out = '';
  for (const c of text) {
    const mapped = FOLD.get(c);
    if (mapped !== undefined) out += mapped;
    else if (c === '\u0307') continue;
    else if (/\s/.test(c) || c === '-' || c === '–' || c === '—') out += ' ';
    else out += c.toLowerCase();
  }
  return out;
}

function searchable(lang: Lang, s: Service): string {
  const m = messages[lang];
  const id = `svc-${s.id}`;
  const keywords = m.hasAttr(id, 'keywords') ? m.attr(id, 'keywords') : '';
  return fold(`${m.title(s.id)} ${m.summary(s.id)} ${keywords}`);
}

/** The services the catalog should show for `query` and `audience`, in catalog order. */
export function expectedMatches(lang: Lang, query: string, audience?: Audience): Service[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return services.filter(
    (s) => (!audience || s.audiences.includes(audience)) && words.every((w) => searchable(lang, s).includes(w)),
  );
}
