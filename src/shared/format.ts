import {msg, str} from '@lit/localize';
import {getLocale, intlLocale} from './i18n.js';

/**
 * Intl wrappers with French conventions (narrow no-break space grouping, "1er janvier", "d'euros").
 * Every number and date the widgets show goes through here. The `locale` argument defaults to the
 * current widget locale; Intl formatters are cached because widgets format on every render.
 */

const formats = new Map<string, Intl.NumberFormat & Intl.DateTimeFormat>();
/** An Intl formatter, made once per locale and options (dates in UTC: a calendar date must not move with the time zone). */
function formatter(locale: string, options: Intl.NumberFormatOptions & Intl.DateTimeFormatOptions, date?: 1) {
  const key = locale + date + JSON.stringify(options);
  const Format = (date ? Intl.DateTimeFormat : Intl.NumberFormat) as unknown as new (locale: string, options: object) => never;
  if (!formats.has(key)) formats.set(key, new Format(intlLocale(locale), date ? {...options, timeZone: 'UTC'} : options));
  return formats.get(key)!;
}
const numberFormat = (locale: string, options: Intl.NumberFormatOptions) => formatter(locale, options);
const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) => formatter(locale, options, 1);

/** Plain number: "12 345" (fr, U+202F), "12,345" (en). */
export function formatNumber(value: number, locale = getLocale(), maximumFractionDigits = 0): string {
  return numberFormat(locale, {maximumFractionDigits}).format(value);
}

/**
 * An amount in words, grammatical in French: "2,47 milliards d'euros", "522 millions d'euros",
 * "950 000 euros" (Intl alone says "milliards euros"). English: "2.47 billion euros".
 * Also what screen readers get for every animated or abbreviated amount.
 */
export function formatEurosLong(amount: number, locale = getLocale()): string {
  if (Math.abs(amount) < 1e6) {
    const number = formatNumber(amount, locale);
    return msg(str`${number} euros`, {id: 'euros-plain'});
  }
  const number = numberFormat(locale, {notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2}).format(amount);
  return msg(str`${number} d’euros`, {id: 'euros-after-compact'});
}

/** "2,47 Md €" (fr), "€2.47bn" (en). */
export function formatEurosCompact(amount: number, locale = getLocale()): string {
  return numberFormat(locale, {style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 2}).format(amount);
}

/** "2 469 000 000 €" (fr), "€2,469,000,000" (en). */
export function formatEurosFull(amount: number, locale = getLocale()): string {
  return numberFormat(locale, {style: 'currency', currency: 'EUR', maximumFractionDigits: 0}).format(amount);
}

/**
 * "2,3 km" (fr), "2.3 km" (en); one decimal under 10 km, none above. Under 1 km, metres to the
 * nearest 10 ("350 m", at least "10 m"): "0 km" would read as "here".
 */
export function formatDistance(km: number, locale = getLocale()): string {
  const metres = Math.round(km * 100) * 10;
  const [value, unit] = metres < 1000 ? [Math.max(10, metres), 'meter'] : [km, 'kilometer'];
  return numberFormat(locale, {style: 'unit', unit, maximumFractionDigits: km < 10 ? 1 : 0}).format(value);
}

/** A calendar date of known precision: a year, a month of a year, or a day. */
export interface PartialDate {
  year: number;
  month?: number; // 1-12
  day?: number; // 1-31
}

/**
 * "1er janvier 2008", "19 novembre 2007", "juin 2022", "2022" (fr); "1 January 2008", "June 2022" (en).
 * French writes the first day of a month as an ordinal, which Intl does not.
 */
export function formatPartialDate(date: PartialDate, locale = getLocale()): string {
  if (date.month === undefined) return String(date.year);
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1));
  if (date.day === undefined) return dateFormat(locale, {month: 'long', year: 'numeric'}).format(utc);
  const parts = dateFormat(locale, {day: 'numeric', month: 'long', year: 'numeric'}).formatToParts(utc);
  return parts
    .map((part) => (part.type === 'day' && part.value === '1' && intlLocale(locale).startsWith('fr') ? '1er' : part.value))
    .join('');
}

/** The `datetime` attribute value of a partial date: "2022", "2022-06", "2022-06-01". */
export function partialDateToIso(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(date.year).padStart(4, '0'), date.month && pad(date.month), date.day && pad(date.day)].filter(Boolean).join('-');
}

/**
 * A time of day from minutes since midnight: "9 h", "16 h 30" in French (Intl's digits, French
 * typography), "9:00", "16:30" in English.
 */
export function formatClockTime(minutes: number, locale = getLocale()): string {
  const time = dateFormat(locale, {hour: 'numeric', minute: '2-digit'}).format(new Date(Date.UTC(2000, 0, 1, 0, minutes)));
  // Intl writes "9:00", "16:30"; French typography "9 h", "16 h 30"
  return intlLocale(locale).startsWith('fr') ? time.replace(/:00$/, '\u00a0h').replace(':', '\u00a0h\u00a0') : time;
}

/** The name of a weekday, 0 = Monday: "lundi", "Monday". */
export function formatWeekday(weekday: number, locale = getLocale()): string {
  // 1 January 2024 was a Monday
  return dateFormat(locale, {weekday: 'long'}).format(new Date(Date.UTC(2024, 0, 1 + weekday)));
}
