/**
 * Weekly opening hours, French public holidays and "open now" — pure functions, no DOM.
 *
 * Hours come from the data build as 7 strings, Monday first, each a comma-separated list of
 * "HH:MM-HH:MM" slots ('' = closed). Times are wall-clock times of the place: Europe/Paris in
 * metropolitan France, the local zone overseas. Public holidays close the place (the France services
 * data gives no holiday hours); Alsace-Moselle and the overseas départements have extra ones.
 */

/** Minutes since midnight, [open, close) pairs, for Monday (0) … Sunday (6). */
export type WeeklyHours = Array<Array<[number, number]>>;

/** Parses the data's 7 day strings; returns undefined when the hours are unknown or malformed. */
export function parseWeeklyHours(days: readonly string[] | undefined): WeeklyHours | undefined {
  if (!days || days.length !== 7) return undefined;
  const week: WeeklyHours = [];
  for (const day of days) {
    const slots: Array<[number, number]> = [];
    for (const slot of day ? day.split(',') : []) {
      const match = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(slot.trim());
      if (!match) return undefined;
      const [start, end] = [Number(match[1]) * 60 + Number(match[2]), Number(match[3]) * 60 + Number(match[4])];
      if (start >= end || end > 24 * 60) return undefined;
      slots.push([start, end]);
    }
    week.push(slots.sort((a, b) => a[0] - b[0]));
  }
  return week.some((slots) => slots.length) ? week : undefined;
}

/** IANA time zone of a département: overseas ones have their own. */
export function timeZoneOf(departement: string | undefined): string {
  const zones: Record<string, string> = {
    '971': 'America/Guadeloupe',
    '972': 'America/Martinique',
    '973': 'America/Cayenne',
    '974': 'Indian/Reunion',
    '975': 'America/Miquelon',
    '976': 'Indian/Mayotte',
  };
  return zones[departement ?? ''] ?? 'Europe/Paris';
}

/** Easter Sunday (Gregorian, anonymous algorithm) as [month 1-12, day]. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The public holidays of a year as "YYYY-MM-DD" (Code du travail L3133-1), with Good Friday and
 * 26 December in Moselle and Alsace (57, 67, 68) and the abolition-of-slavery day overseas.
 */
export function publicHolidays(year: number, departement?: string): Set<string> {
  const [easterMonth, easterDay] = easterSunday(year);
  const easter = Date.UTC(year, easterMonth - 1, easterDay);
  const fromEaster = (days: number) => isoDay(new Date(easter + days * 86_400_000));
  const fixed = (month: number, day: number) => isoDay(new Date(Date.UTC(year, month - 1, day)));
  const days = [
    fixed(1, 1),
    fromEaster(1), // lundi de Pâques
    fixed(5, 1),
    fixed(5, 8),
    fromEaster(39), // Ascension
    fromEaster(50), // lundi de Pentecôte
    fixed(7, 14),
    fixed(8, 15),
    fixed(11, 1),
    fixed(11, 11),
    fixed(12, 25),
  ];
  if (['57', '67', '68'].includes(departement ?? '')) days.push(fromEaster(-2), fixed(12, 26));
  const abolition: Record<string, [number, number]> = {'971': [5, 27], '972': [5, 22], '973': [6, 10], '974': [12, 20], '976': [4, 27]};
  const local = abolition[departement ?? ''];
  if (local) days.push(fixed(...local));
  return new Set(days);
}

/** Wall-clock reading of an instant in a time zone. */
export interface LocalTime {
  /** "YYYY-MM-DD" */
  date: string;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  /** minutes since local midnight */
  minutes: number;
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

export function localTime(instant: Date, timeZone: string): LocalTime {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'});
    partsFormats.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  const date = `${part.year}-${part.month}-${part.day}`;
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return {date, weekday, minutes: Number(part.hour) * 60 + Number(part.minute)};
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

const addDays = (date: string, days: number) => isoDay(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));

/**
 * Open now? If so, until when (the end of the current slot, joined with a slot starting exactly
 * then); if not, when it next opens, skipping public holidays. `holidays` covers the years involved.
 */
export function openingStatus(hours: WeeklyHours, now: LocalTime, isHoliday: (date: string) => boolean): OpeningStatus {
  const todayHoliday = isHoliday(now.date);
  if (!todayHoliday) {
    const slots = hours[now.weekday];
    const current = slots.find(([start, end]) => now.minutes >= start && now.minutes < end);
    if (current) {
      let closesAt = current[1];
      for (const [start, end] of slots) if (start === closesAt) closesAt = end;
      return {open: true, closesAt};
    }
  }
  for (let inDays = 0; inDays <= 14; inDays++) {
    const weekday = (now.weekday + inDays) % 7;
    if (isHoliday(addDays(now.date, inDays))) continue;
    const slot = hours[weekday].find(([start]) => inDays > 0 || start > now.minutes);
    if (slot) return {open: false, holiday: todayHoliday, next: {inDays, weekday, minutes: slot[0]}};
  }
  return {open: false, holiday: todayHoliday};
}

/** Holiday test for a département, caching each year's set. */
export function holidayChecker(departement?: string): (date: string) => boolean {
  const years = new Map<number, Set<string>>();
  return (date) => {
    const year = Number(date.slice(0, 4));
    let set = years.get(year);
    if (!set) years.set(year, (set = publicHolidays(year, departement)));
    return set.has(date);
  };
}
