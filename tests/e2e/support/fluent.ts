/**
 * A small reader for Qapı's Fluent files (i18n/*.ftl), so the tests compare
 * the page with the real messages instead of copies of them.
 *
 * It understands what the files use: `id = text`, `.attribute = text`,
 * placeables `{ $var }` and `{ other-message }`, and a whole-value select
 * expression on a number (`{ $count -> [0] … [one] … *[other] … }`), resolved
 * with the CLDR plural rules of `Intl.PluralRules`. Anything else throws, so a
 * file the reader cannot follow fails loudly instead of yielding wrong text.
 */
import { readFileSync } from 'node:fs';

export type Args = Record<string, string | number>;

interface Entry {
  value: string | null;
  attributes: Record<string, string>;
}

export class FluentFile {
  private readonly entries = new Map<string, Entry>();
  private readonly plurals: Intl.PluralRules;

  constructor(readonly lang: string, source: string) {
    this.plurals = new Intl.PluralRules(lang);
    let current: Entry | null = null;
    let target: { entry: Entry; attr: string | null } | null = null;
    const append = (line: string) => {
      if (!target) throw new Error(`${lang}.ftl: continuation line outside a message: ${line}`);
      const { entry, attr } = target;
      const previous = attr === null ? entry.value : entry.attributes[attr];
      const text = previous ? `${previous}\n${line}` : line;
      if (attr === null) entry.value = text;
      else entry.attributes[attr] = text;
    };
    for (const raw of source.split(/\r?\n/)) {
      if (/^\s*$/.test(raw)) continue;
      if (raw.startsWith('#')) {
        current = null;
        target = null;
        continue;
      }
      const message = /^([a-zA-Z][\w-]*)\s*=\s*(.*)$/.exec(raw);
      if (message) {
        const [, id, value] = message;
        if (this.entries.has(id)) throw new Error(`${lang}.ftl: duplicate message ${id}`);
        current = { value: value.trim() || null, attributes: {} };
        this.entries.set(id, current);
        target = { entry: current, attr: null };
        continue;
      }
      const attribute = /^\s+\.([a-zA-Z][\w-]*)\s*=\s*(.*)$/.exec(raw);
      if (attribute) {
        if (!current) throw new Error(`${lang}.ftl: attribute outside a message: ${raw}`);
        const [, name, value] = attribute;
        current.attributes[name] = value.trim();
        target = { entry: current, attr: name };
        continue;
      }
      if (/^\s/.test(raw)) {
        append(raw.trim());
        continue;
      }
      throw new Error(`${lang}.ftl: cannot read line: ${raw}`);
    }
  }

  ids(): string[] {
    return [...this.entries.keys()];
  }

  has(id: string, attribute?: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    return attribute === undefined ? entry.value !== null : attribute in entry.attributes;
  }

  /** The formatted value of `id`, or of its `attribute`. */
  format(id: string, args: Args = {}, attribute?: string): string {
    const entry = this.entries.get(id);
    if (!entry) throw new Error(`${this.lang}.ftl has no message ${id}`);
    const pattern = attribute === undefined ? entry.value : entry.attributes[attribute];
    if (pattern === null || pattern === undefined) {
      throw new Error(`${this.lang}.ftl: ${id}${attribute ? '.' + attribute : ''} has no value`);
    }
    return this.resolve(pattern, args, `${id}${attribute ? '.' + attribute : ''}`);
  }

  private resolve(pattern: string, args: Args, where: string): string {
    const select = /^\{\s*\$([\w-]+)\s*->\s*\n([\s\S]*)\n\s*\}$/.exec(pattern);
    if (select) return this.resolveSelect(select[1], select[2], args, where);
    return pattern.replace(/\{\s*([^{}]*?)\s*\}/g, (_, inner: string) => {
      if (inner.startsWith('$')) {
        const name = inner.slice(1);
        if (!(name in args)) throw new Error(`${where}: no value given for $${name}`);
        return String(args[name]);
      }
      if (/^[a-zA-Z][\w-]*$/.test(inner)) return this.format(inner, args);
      const literal = /^"(.*)"$/.exec(inner);
      if (literal) return literal[1];
      throw new Error(`${where}: unsupported placeable { ${inner} }`);
    });
  }

  private resolveSelect(variable: string, body: string, args: Args, where: string): string {
    const value = args[variable];
    if (value === undefined) throw new Error(`${where}: no value given for $${variable}`);
    const variants = body.split('\n').map((line) => {
      const m = /^(\*)?\[([^\]]+)\]\s*(.*)$/.exec(line.trim());
      if (!m) throw new Error(`${where}: cannot read variant ${line}`);
      return { isDefault: m[1] === '*', key: m[2].trim(), pattern: m[3] };
    });
    const category = typeof value === 'number' ? this.plurals.select(value) : null;
    const chosen =
      variants.find((v) => typeof value === 'number' && /^-?\d+(\.\d+)?$/.test(v.key) && Number(v.key) === value) ??
      variants.find((v) => v.key === String(value) || (category !== null && v.key === category)) ??
      variants.find((v) => v.isDefault);
    if (!chosen) throw new Error(`${where}: no default variant`);
    return this.resolve(chosen.pattern, args, where);
  }
}

export function readFluentFile(lang: string, path: string): FluentFile {
  return new FluentFile(lang, readFileSync(path, 'utf8'));
}
