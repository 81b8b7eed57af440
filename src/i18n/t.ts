/**
 * `t(key, params)`: the one way the interface gets its words. The active locale is a module
 * value (set once at start-up, or by a test); a key missing from a locale falls back to English.
 */
import { en, type MessageKey } from './en';
import { hi } from './hi';

export type Locale = 'en' | 'hi' | 'pseudo';
export type Params = Record<string, string | number>;

/** Plural base keys: keys that exist as `<base>_one`/`<base>_other`. */
type PluralBase<K> = K extends `${infer B}_other` ? B : never;
export type MessageId = MessageKey | PluralBase<MessageKey>;

const CATALOGUES: Record<Exclude<Locale, 'pseudo'>, Partial<Record<MessageKey, string>>> = { en, hi };

let locale: Locale = 'en';

export function setLocale(l: Locale): void {
  locale = l;
}

export function getLocale(): Locale {
  return locale;
}

/** The BCP 47 tag for Intl formatters. */
export function intlLocale(): string {
  return locale === 'hi' ? 'hi-IN' : 'en-IN';
}

function lookup(key: string): string | undefined {
  const cat = locale === 'pseudo' ? en : CATALOGUES[locale];
  return (cat as Record<string, string | undefined>)[key] ?? (en as Record<string, string>)[key];
}

/** Whether `key` is a key of the catalogue: for keys built from codes in the data. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The message for the key `prefix.code` if the catalogue has one, else the code itself. */
export function tCode(prefix: string, code: string, params?: Params): string {
  const key = `${prefix}.${code}`;
  return isMessageKey(key) ? t(key, params) : code;
}

const plurals = new Map<string, Intl.PluralRules>();
function pluralRule(n: number): string {
  const tag = intlLocale();
  let pr = plurals.get(tag);
  if (!pr) plurals.set(tag, (pr = new Intl.PluralRules(tag)));
  return pr.select(n);
}

/** Wraps text so that a screenshot or test shows which strings did not come from the catalogue. */
function pseudo(s: string): string {
  return `⟦${s}⟧`;
}

/**
 * The message for `key` in the active locale, with `{name}` placeholders filled from `params`.
 * With a numeric `params.count`, the plural form `key_<category>` is used when it exists.
 */
export function t(key: MessageId, params?: Params): string {
  let msg: string | undefined;
  if (params && typeof params.count === 'number') {
    msg = lookup(`${key}_${pluralRule(params.count)}`) ?? lookup(`${key}_other`);
  }
  msg ??= lookup(key);
  if (msg === undefined) {
    // A missing key is a bug: say which, visibly, rather than render nothing.
    return `[${key}]`;
  }
  const out = params
    ? msg.replace(/\{(\w+)\}/g, (m, name: string) => {
        const v = params[name];
        return v === undefined ? m : typeof v === 'number' ? formatCount(v) : v;
      })
    : msg;
  return locale === 'pseudo' ? pseudo(out) : out;
}

const counters = new Map<string, Intl.NumberFormat>();
/** A count with the locale's digit grouping (en-IN: 1,00,000). */
export function formatCount(n: number): string {
  const tag = intlLocale();
  let nf = counters.get(tag);
  if (!nf) counters.set(tag, (nf = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 })));
  return nf.format(n);
}
