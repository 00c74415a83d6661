/**
 * The app's translator, for every page (console, projector, print view, phone): a lookup in one
 * language's strings, `{{name}}` placeholders and `_one`/`_other` plural keys (chosen with
 * Intl.PluralRules), and nothing else: the strings use no other feature. Pure, so a page loads
 * it without any i18n library.
 */
export interface StringTree {
  readonly [key: string]: string | StringTree;
}

export type Values = Readonly<Record<string, string | number>>;

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralForm}` ? Base : K;

/** Every key of a strings tree, dotted, with plural keys under their base (`dots.left`). */
export type KeyOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${WithoutPlural<K>}`
    : KeyOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

function lookup(strings: StringTree, key: string): string | undefined {
  let node: string | StringTree | undefined = strings;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralForm(locale: string, count: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/** The text for `key`; a missing key shows as itself, so it is noticed rather than blank. */
export function translate(
  strings: StringTree,
  locale: string,
  key: string,
  values?: Values,
): string {
  const count = values?.count;
  const text =
    (typeof count === 'number'
      ? (lookup(strings, `${key}_${pluralForm(locale, count)}`) ?? lookup(strings, `${key}_other`))
      : undefined) ??
    lookup(strings, key) ??
    key;
  if (!values) return text;
  return text.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}
