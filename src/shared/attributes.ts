import {msg, str} from '@lit/localize';

/**
 * Attribute parsers. Each returns the parsed value or a readable, localized problem; none throws,
 * because a commune webmaster's typo must never break the page.
 */

/** A problem with one attribute value, shown in the widget and warned once in the console. */
export interface AttributeProblem {
  attribute: string;
  value: string;
  message: string;
}

export type Parsed<T> = {ok: true; value: T} | {ok: false; problem: AttributeProblem};

type Raw = string | number | null | undefined;

/** Keeps messages readable when someone pastes a huge or multi-line value. */
export function shortValue(raw: Raw): string {
  const text = String(raw ?? '').replace(/\s+/g, ' ');
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

export function problem(attribute: string, raw: Raw, expected: string): {ok: false; problem: AttributeProblem} {
  const value = shortValue(raw);
  return {
    ok: false,
    problem: {attribute, value, message: msg(str`${attribute}="${value}" n’est pas valide : ${expected}`, {id: 'attribute-invalid'})},
  };
}

function isBlank(raw: Raw): raw is null | undefined | '' {
  return raw === null || raw === undefined || String(raw).trim() === '';
}

/** A whole number within [min, max]; `fallback` when the attribute is absent. */
export function parseInteger(attribute: string, raw: Raw, min: number, max: number, fallback: number, expected?: string): Parsed<number>;
export function parseInteger(attribute: string, raw: Raw, min: number, max: number, fallback?: undefined, expected?: string): Parsed<number | undefined>;
export function parseInteger(attribute: string, raw: Raw, min: number, max: number, fallback?: number, expected?: string): Parsed<number | undefined> {
  if (isBlank(raw)) return {ok: true, value: fallback};
  const text = String(raw).trim();
  const value = /^[+-]?\d{1,9}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    return problem(attribute, raw, expected ?? msg(str`indiquez un nombre entier entre ${min} et ${max}.`, {id: 'expected-integer'}));
  }
  return {ok: true, value};
}

/** A year within [min, max]. */
export function parseYear(attribute: string, raw: Raw, min: number, max: number): Parsed<number | undefined> {
  return parseInteger(attribute, raw, min, max, undefined, msg(str`indiquez une année entre ${min} et ${max}.`, {id: 'expected-year'}));
}

/** A decimal number within [min, max] (accepts a French decimal comma). */
export function parseDecimal(attribute: string, raw: Raw, min: number, max: number): Parsed<number | undefined> {
  if (isBlank(raw)) return {ok: true, value: undefined};
  const text = String(raw).trim().replace(',', '.');
  const value = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(value) || value < min || value > max) {
    return problem(attribute, raw, msg(str`indiquez un nombre entre ${min} et ${max}.`, {id: 'expected-decimal'}));
  }
  return {ok: true, value};
}

/** One of a fixed list of keywords (case-insensitive). */
export function parseKeyword<T extends string>(attribute: string, raw: Raw, allowed: readonly T[], fallback: T): Parsed<T> {
  if (isBlank(raw)) return {ok: true, value: fallback};
  const text = String(raw).trim().toLowerCase();
  const found = allowed.find((keyword) => keyword === text);
  if (found) return {ok: true, value: found};
  const list = allowed.map((keyword) => `"${keyword}"`).join(', ');
  return problem(attribute, raw, msg(str`valeurs possibles : ${list}.`, {id: 'expected-keyword'}));
}

/** The heading level of a widget's title: 2 to 6. */
export function parseHeadingLevel(raw: Raw): Parsed<number> {
  return parseInteger('heading-level', raw, 2, 6, 2);
}

/** A calendar date: YYYY, YYYY-MM or YYYY-MM-DD, checked against the calendar. */
export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}

export function parseCalendarDate(attribute: string, raw: Raw, precision: 'any' | 'day' = 'any'): Parsed<CalendarDate | undefined> {
  if (isBlank(raw)) return {ok: true, value: undefined};
  const expected =
    precision === 'day'
      ? msg('indiquez une date au format AAAA-MM-JJ, par exemple 2026-03-15.', {id: 'expected-day'})
      : msg('indiquez une date au format AAAA, AAAA-MM ou AAAA-MM-JJ, par exemple 2022-06.', {id: 'expected-date'});
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(raw).trim());
  if (!match || (precision === 'day' && !match[3])) return problem(attribute, raw, expected);
  const [year, month, day] = [Number(match[1]), match[2] ? Number(match[2]) : undefined, match[3] ? Number(match[3]) : undefined];
  if (month !== undefined && (month < 1 || month > 12)) return problem(attribute, raw, expected);
  if (day !== undefined) {
    const check = new Date(Date.UTC(year, month! - 1, day));
    if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day) return problem(attribute, raw, expected);
  }
  if (year < 1900 || year > 2200) return problem(attribute, raw, expected);
  return {ok: true, value: {year, month, day}};
}

/** A link target: http(s), or a path on the host site. Never `javascript:` or `data:`. */
export function parseLink(attribute: string, raw: Raw, base = typeof document === 'undefined' ? 'https://example.invalid/' : document.baseURI): Parsed<string | undefined> {
  if (isBlank(raw)) return {ok: true, value: undefined};
  const text = String(raw).trim();
  try {
    const url = new URL(text, base);
    if (url.protocol === 'https:' || url.protocol === 'http:') return {ok: true, value: url.href};
  } catch {
    // fall through to the problem below
  }
  return problem(attribute, raw, msg('indiquez une adresse web en http:// ou https://, ou un chemin du site.', {id: 'expected-link'}));
}
