/**
 * Weekly opening hours, French public holidays and "open now" — pure functions, no DOM.
 *
 * Hours come from the data build as 7 strings, Monday first, each a comma-separated list of
 * "HH:MM-HH:MM" slots ('' = closed). Times are wall-clock times of the place: Europe/Paris in
 * metropolitan France, the local zone overseas (the data gives it). Public holidays close the place
 * (the France services data gives no holiday hours); Alsace-Moselle and the overseas départements
 * have extra ones.
 */

/** Minutes since midnight, [open, close) pairs, for Monday (0) … Sunday (6). */
export type WeeklyHours = Array<Array<[number, number]>>;

/** Parses the data's 7 day strings; undefined when the hours are unknown, empty or malformed. */
export function parseWeeklyHours(days: readonly string[] | undefined): WeeklyHours | undefined {
  if (days?.length !== 7) return undefined;
  const week = days.map((day) =>
    (day ? day.split(',') : []).map((slot) => {
      const [start, end] = slot.trim().split('-').map((time) => (/^\d\d?:\d\d$/.test(time) ? +time.slice(0, -3) * 60 + +time.slice(-2) : NaN));
      return [start, end] as [number, number];
    }),
  );
  const valid = week.flat().every(([start, end]) => start < end && end <= 1440);
  return valid && week.some((slots) => slots.length) ? week.map((slots) => slots.sort((a, b) => a[0] - b[0])) : undefined;
}

/** Easter Sunday (Gregorian, anonymous algorithm) as [month 1-12, day]. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const n = h + l - 7 * Math.floor((a + 11 * h + 22 * l) / 451) + 114;
  return [Math.floor(n / 31), (n % 31) + 1];
}

/** "YYYY-MM-DD" of a UTC midnight plus some days. */
const isoDay = (utc: number, days = 0) => new Date(utc + days * 864e5).toISOString().slice(0, 10);

/**
 * The public holidays of a year as "YYYY-MM-DD" (Code du travail L3133-1), with Good Friday and
 * 26 December in Moselle and Alsace (57, 67, 68) and the abolition-of-slavery day overseas
 * (Saint-Barthélemy 977 and Saint-Martin 978 included; none in Saint-Pierre-et-Miquelon).
 */
export function publicHolidays(year: number, departement = ''): Set<string> {
  const easter = Date.UTC(year, easterSunday(year)[0] - 1, easterSunday(year)[1]);
  const fixed = [[1, 1], [5, 1], [5, 8], [7, 14], [8, 15], [11, 1], [11, 11], [12, 25]];
  // lundi de Pâques, Ascension, lundi de Pentecôte; Vendredi saint in Alsace-Moselle
  const movable = [1, 39, 50];
  if (/^(57|67|68)$/.test(departement)) {
    fixed.push([12, 26]);
    movable.push(-2);
  }
  const abolition = ({971: [5, 27], 972: [5, 22], 973: [6, 10], 974: [12, 20], 976: [4, 27], 977: [10, 9], 978: [5, 28]} as Record<string, number[]>)[departement];
  if (abolition) fixed.push(abolition);
  return new Set([...fixed.map(([m, d]) => isoDay(Date.UTC(year, m - 1, d))), ...movable.map((days) => isoDay(easter, days))]);
}

/** Holiday test for a département (a few calls per card: each computes its year's set). */
export const holidayChecker =
  (departement?: string) =>
  (date: string): boolean =>
    publicHolidays(+date.slice(0, 4), departement).has(date);

/** Wall-clock reading of an instant in a time zone: the date, 0 = Monday … 6 = Sunday, minutes since midnight. */
export interface LocalTime {
  date: string;
  weekday: number;
  minutes: number;
}

export function localTime(instant: Date, timeZone: string): LocalTime {
  // sv-SE writes "2026-11-24 10:00", the ISO order
  const [date, time] = instant.toLocaleString('sv-SE', {timeZone, hourCycle: 'h23'}).split(' ');
  return {date, weekday: (new Date(date).getUTCDay() + 6) % 7, minutes: +time.slice(0, 2) * 60 + +time.slice(3, 5)};
}

export type OpeningStatus =
  | {open: true; closesAt: number}
  | {
      open: false;
      /** today is a public holiday */
      holiday: boolean;
      /** next opening, if within two weeks: days from today (0 = later today), weekday, minutes */
      next?: {inDays: number; weekday: number; minutes: number};
    };

/**
 * Open now? If so, until when (the end of the current slot, joined with a slot starting exactly
 * then); if not, when it next opens, skipping public holidays.
 */
export function openingStatus(hours: WeeklyHours, now: LocalTime, isHoliday: (date: string) => boolean): OpeningStatus {
  const holiday = isHoliday(now.date);
  const slots = hours[now.weekday];
  const current = !holiday && slots.find(([start, end]) => now.minutes >= start && now.minutes < end);
  if (current) {
    let closesAt = current[1];
    for (const [start, end] of slots) if (start === closesAt) closesAt = end;
    return {open: true, closesAt};
  }
  for (let inDays = 0; inDays <= 14; inDays++) {
    const weekday = (now.weekday + inDays) % 7;
    if (isHoliday(isoDay(Date.parse(now.date), inDays))) continue;
    const slot = hours[weekday].find(([start]) => inDays || start > now.minutes);
    if (slot) return {open: false, holiday, next: {inDays, weekday, minutes: slot[0]}};
  }
  return {open: false, holiday};
}
