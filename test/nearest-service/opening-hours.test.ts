import {expect} from '@open-wc/testing';
import {
  easterSunday,
  holidayChecker,
  localTime,
  openingStatus,
  parseWeeklyHours,
  publicHolidays,
  type WeeklyHours,
} from '../../src/nearest-service/opening-hours.js';
import {formatClockTime, formatWeekday} from '../../src/shared/format.js';

// A typical France services week: Monday afternoon only, Tuesday-Thursday two slots, Friday morning,
// Saturday morning, closed on Sunday.
const WEEK = ['13:30-17:00', '09:00-12:00,13:30-17:00', '09:00-12:00,13:30-17:00', '09:00-12:00,13:30-17:00', '09:00-12:00', '09:00-12:00', ''];
const hours = parseWeeklyHours(WEEK)!;
const metro = holidayChecker('72');
/** Status at a Paris wall-clock time given as an instant. */
const statusAt = (iso: string, week: WeeklyHours = hours, zone = 'Europe/Paris', isHoliday = metro) => openingStatus(week, localTime(new Date(iso), zone), isHoliday);

describe('opening hours', () => {
  describe('parseWeeklyHours', () => {
    it('reads 7 days of slots, Monday first, in minutes', () => {
      expect(hours[0]).to.deep.equal([[810, 1020]]);
      expect(hours[1]).to.deep.equal([[540, 720], [810, 1020]]);
      expect(hours[6]).to.deep.equal([]);
    });
    it('rejects unknown or malformed hours rather than guessing', () => {
      expect(parseWeeklyHours(undefined)).to.equal(undefined);
      expect(parseWeeklyHours(['', '', '', '', '', '', ''])).to.equal(undefined);
      expect(parseWeeklyHours(WEEK.slice(0, 6))).to.equal(undefined);
      expect(parseWeeklyHours(['9h-12h', '', '', '', '', '', ''])).to.equal(undefined);
      expect(parseWeeklyHours(['12:00-09:00', '', '', '', '', '', ''])).to.equal(undefined);
      expect(parseWeeklyHours(['09:00-25:00', '', '', '', '', '', ''])).to.equal(undefined);
    });
  });

  describe('public holidays', () => {
    it('computes Easter', () => {
      expect(easterSunday(2024)).to.deep.equal([3, 31]);
      expect(easterSunday(2025)).to.deep.equal([4, 20]);
      expect(easterSunday(2026)).to.deep.equal([4, 5]);
      expect(easterSunday(2038)).to.deep.equal([4, 25]);
    });
    it('lists the 11 national holidays of 2026, Easter-based ones included', () => {
      expect([...publicHolidays(2026)].sort()).to.deep.equal([
        '2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25',
        '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25',
      ]);
    });
    it('adds Good Friday and 26 December in Alsace-Moselle, the abolition of slavery overseas', () => {
      expect(publicHolidays(2026, '67').has('2026-04-03')).to.equal(true);
      expect(publicHolidays(2026, '57').has('2026-12-26')).to.equal(true);
      expect(publicHolidays(2026, '72').has('2026-04-03')).to.equal(false);
      expect(publicHolidays(2026, '974').has('2026-12-20')).to.equal(true);
      expect(publicHolidays(2026, '972').has('2026-05-22')).to.equal(true);
      expect(publicHolidays(2026, '977').has('2026-10-09')).to.equal(true);
      expect(publicHolidays(2026, '978').has('2026-05-28')).to.equal(true);
      expect(publicHolidays(2026, '975').size).to.equal(publicHolidays(2026, '72').size);
    });
  });

  describe('openingStatus across a week', () => {
    it('is open during a slot and says when it closes', () => {
      expect(statusAt('2026-11-24T10:00:00+01:00')).to.deep.equal({open: true, closesAt: 720}); // Tuesday 10:00
      expect(statusAt('2026-11-24T16:29:00+01:00')).to.deep.equal({open: true, closesAt: 1020});
    });
    it('is closed at the closing minute and over lunch, and says when it reopens', () => {
      expect(statusAt('2026-11-24T12:00:00+01:00')).to.deep.equal({open: false, holiday: false, next: {inDays: 0, weekday: 1, minutes: 810}});
      expect(statusAt('2026-11-24T17:00:00+01:00')).to.deep.equal({open: false, holiday: false, next: {inDays: 1, weekday: 2, minutes: 540}});
    });
    it('reopens on Monday afternoon after Saturday and Sunday', () => {
      expect(statusAt('2026-11-28T12:30:00+01:00')).to.deep.equal({open: false, holiday: false, next: {inDays: 2, weekday: 0, minutes: 810}});
      expect(statusAt('2026-11-29T11:00:00+01:00')).to.deep.equal({open: false, holiday: false, next: {inDays: 1, weekday: 0, minutes: 810}});
    });
    it('handles midnight: 23:59 and 00:00 belong to different days', () => {
      expect(statusAt('2026-11-26T23:59:00+01:00')).to.deep.equal({open: false, holiday: false, next: {inDays: 1, weekday: 4, minutes: 540}});
      expect(statusAt('2026-11-27T00:00:00+01:00')).to.deep.equal({open: false, holiday: false, next: {inDays: 0, weekday: 4, minutes: 540}});
    });
    it('joins slots that touch', () => {
      const continuous = parseWeeklyHours(['09:00-12:00,12:00-18:00', '', '', '', '', '', ''])!;
      expect(statusAt('2026-11-23T10:00:00+01:00', continuous)).to.deep.equal({open: true, closesAt: 1080});
    });
  });

  describe('openingStatus on public holidays', () => {
    it('is closed on 1 May 2026 (a Friday) and reopens on Saturday', () => {
      expect(statusAt('2026-05-01T10:00:00+02:00')).to.deep.equal({open: false, holiday: true, next: {inDays: 1, weekday: 5, minutes: 540}});
    });
    it('is closed on Ascension 2026 (Thursday 14 May), reopens Friday', () => {
      expect(statusAt('2026-05-14T10:00:00+02:00')).to.deep.equal({open: false, holiday: true, next: {inDays: 1, weekday: 4, minutes: 540}});
    });
    it('is closed on 14 July 2026 (a Tuesday) and reopens on Wednesday', () => {
      expect(statusAt('2026-07-14T09:30:00+02:00')).to.deep.equal({open: false, holiday: true, next: {inDays: 1, weekday: 2, minutes: 540}});
    });
    it('skips a holiday when looking for the next opening', () => {
      // Monday 13 July 2026 after closing: Tuesday 14 July is a holiday, so Wednesday 15
      expect(statusAt('2026-07-13T18:00:00+02:00')).to.deep.equal({open: false, holiday: false, next: {inDays: 2, weekday: 2, minutes: 540}});
    });
  });

  describe('daylight-saving changes (Europe/Paris wall clock)', () => {
    const everyDay = parseWeeklyHours(Array(7).fill('08:00-12:00'))!;
    it('spring forward, Sunday 29 March 2026: 01:30 UTC is 03:30 in Paris', () => {
      expect(localTime(new Date('2026-03-29T00:30:00Z'), 'Europe/Paris')).to.deep.equal({date: '2026-03-29', weekday: 6, minutes: 90});
      expect(localTime(new Date('2026-03-29T01:30:00Z'), 'Europe/Paris')).to.deep.equal({date: '2026-03-29', weekday: 6, minutes: 210});
      expect(statusAt('2026-03-29T06:30:00Z', everyDay)).to.deep.equal({open: true, closesAt: 720}); // 08:30 CEST
      expect(statusAt('2026-03-29T05:30:00Z', everyDay)).to.deep.equal({open: false, holiday: false, next: {inDays: 0, weekday: 6, minutes: 480}}); // 07:30 CEST
    });
    it('fall back, Sunday 25 October 2026: 02:30 happens twice, opening at 8:00 CET', () => {
      expect(localTime(new Date('2026-10-25T00:30:00Z'), 'Europe/Paris').minutes).to.equal(150);
      expect(localTime(new Date('2026-10-25T01:30:00Z'), 'Europe/Paris').minutes).to.equal(150);
      expect(statusAt('2026-10-25T07:00:00Z', everyDay)).to.deep.equal({open: true, closesAt: 720}); // 08:00 CET
      expect(statusAt('2026-10-25T06:59:00Z', everyDay).open).to.equal(false); // 07:59 CET
    });
  });

  it('reads the wall clock in the place’s time zone (the data gives it overseas)', () => {
    // Saint-Pierre-et-Miquelon keeps daylight-saving time: UTC-2 in July, UTC-3 in November
    expect(localTime(new Date('2026-07-14T12:00:00Z'), 'America/Miquelon').minutes).to.equal(10 * 60);
    expect(localTime(new Date('2026-11-24T12:00:00Z'), 'America/Miquelon').minutes).to.equal(9 * 60);
    // 10:00 in Paris (winter) is 13:00 in La Réunion, 05:00 in Martinique and Saint-Martin (Guadeloupe's time)
    expect(localTime(new Date('2026-11-24T09:00:00Z'), 'Indian/Reunion').minutes).to.equal(13 * 60);
    expect(localTime(new Date('2026-11-24T09:00:00Z'), 'America/Martinique').minutes).to.equal(5 * 60);
    expect(localTime(new Date('2026-11-24T09:00:00Z'), 'America/Guadeloupe').minutes).to.equal(5 * 60);
  });

  it('formats times and weekdays the French way', () => {
    expect(formatClockTime(540, 'fr')).to.equal('9\u00a0h');
    expect(formatClockTime(990, 'fr')).to.equal('16\u00a0h\u00a030');
    expect(formatClockTime(990, 'en')).to.equal('16:30');
    expect(formatWeekday(0, 'fr')).to.equal('lundi');
    expect(formatWeekday(6, 'en')).to.equal('Sunday');
  });
});
