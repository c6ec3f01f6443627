import {msg, str} from '@lit/localize';

/**
 * Attribute parsers. Each returns the parsed value, `undefined` for an absent attribute, or an
 * AttributeProblem with a readable, localized message; none throws, because a commune webmaster's
 * typo must never break the page.
 */

/** A problem with one attribute value, shown in the widget and warned once in the console. */
export class AttributeProblem {
  readonly value: string;
  readonly message: string;
  constructor(
    readonly attribute: string,
    raw: unknown,
    expected: string,
  ) {
    const text = String(raw ?? '').replace(/\s+/g, ' ');
    // keep messages readable when someone pastes a huge or multi-line value
    this.value = text.length > 40 ? `${text.slice(0, 39)}…` : text;
    this.message = msg(str`${attribute}="${this.value}" n’est pas valide : ${expected}`, {id: 'attribute-invalid'});
  }
}

export type Parsed<T> = T | undefined | AttributeProblem;

type Raw = unknown;

/** The trimmed text of an attribute, or undefined when it is absent or blank. */
export const text = (raw: Raw): string | undefined => String(raw ?? '').trim() || undefined;

/** A number within [min, max]: whole when `integer`; a French decimal comma is accepted. */
export function parseNumber(attribute: string, raw: Raw, min: number, max: number, integer = false, expected?: string): Parsed<number> {
  const value = text(raw)?.replace(',', '.');
  if (value === undefined) return undefined;
  const number = (integer ? /^[+-]?\d{1,9}$/ : /^[+-]?(\d+\.?\d*|\.\d+)$/).test(value) ? +value : NaN;
  return number >= min && number <= max
    ? number
    : new AttributeProblem(
        attribute,
        raw,
        expected ??
          (integer
            ? msg(str`indiquez un nombre entier entre ${min} et ${max}.`, {id: 'expected-integer'})
            : msg(str`indiquez un nombre entre ${min} et ${max}.`, {id: 'expected-decimal'})),
      );
}

/** A year within [min, max]. */
export const parseYear = (attribute: string, raw: Raw, min: number, max: number): Parsed<number> =>
  parseNumber(attribute, raw, min, max, true, msg(str`indiquez une année entre ${min} et ${max}.`, {id: 'expected-year'}));

/** The heading level of a widget's title: 2 to 6. */
export const parseHeadingLevel = (raw: Raw): Parsed<number> => parseNumber('heading-level', raw, 2, 6, true);

/** One of a fixed list of keywords (case-insensitive). */
export function parseKeyword<T extends string>(attribute: string, raw: Raw, allowed: readonly T[]): Parsed<T> {
  const value = text(raw)?.toLowerCase();
  if (value === undefined || allowed.includes(value as T)) return value as T | undefined;
  const list = allowed.map((keyword) => `"${keyword}"`).join(', ');
  return new AttributeProblem(attribute, raw, msg(str`valeurs possibles : ${list}.`, {id: 'expected-keyword'}));
}

/** A calendar date: YYYY, YYYY-MM or YYYY-MM-DD (only YYYY-MM-DD when `day`), checked against the calendar. */
export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}

export function parseCalendarDate(attribute: string, raw: Raw, day = false): Parsed<CalendarDate> {
  const value = text(raw);
  if (value === undefined) return undefined;
  const match = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(value);
  const [year, month, date] = [1, 2, 3].map((i) => (match?.[i] ? +match[i] : undefined)) as number[];
  const utc = new Date(Date.UTC(year, (month ?? 1) - 1, date ?? 1));
  // a real day of a real month: Date.UTC rolls 2023-02-29 over to 1 March
  return match && (!day || date) && utc.getUTCMonth() + 1 === (month ?? 1) && utc.getUTCDate() === (date ?? 1) && year >= 1900 && year <= 2200
    ? {year, month, day: date}
    : new AttributeProblem(
        attribute,
        raw,
        day
          ? msg('indiquez une date au format AAAA-MM-JJ, par exemple 2026-03-15.', {id: 'expected-day'})
          : msg('indiquez une date au format AAAA, AAAA-MM ou AAAA-MM-JJ, par exemple 2022-06.', {id: 'expected-date'}),
      );
}

/** A link target: http(s), or a path on the host site. Never `javascript:` or `data:`. */
export function parseLink(attribute: string, raw: Raw, base = document.baseURI): Parsed<string> {
  const value = text(raw);
  if (value === undefined) return undefined;
  try {
    const url = new URL(value, base);
    if (/^https?:$/.test(url.protocol)) return url.href;
  } catch {
    // not a URL at all: the problem below
  }
  return new AttributeProblem(attribute, raw, msg('indiquez une adresse web en http:// ou https://, ou un chemin du site.', {id: 'expected-link'}));
}
