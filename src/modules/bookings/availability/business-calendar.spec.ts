import { BusinessCalendar, longestSpanMinutes } from './business-calendar';
import { NINE_TO_FIVE, interval, weekdayHours } from './availability.fixtures';

const london = new BusinessCalendar('Europe/London');
const iso = (dates: Date[]) => dates.map((date) => date.toISOString());
const spansOn = (date: string) => london.workingSpansOn(london.dayOf(new Date(`${date}T12:00:00Z`)), NINE_TO_FIVE);

describe('BusinessCalendar (Europe/London)', () => {
  describe('working spans across the clock changes of 2026 (29 March, 25 October)', () => {
    it.each([
      ['2026-01-12', 'a winter Monday', '2026-01-12T09:00:00.000Z', '2026-01-12T17:00:00.000Z'],
      ['2026-03-27', 'the Friday before the spring change (GMT)', '2026-03-27T09:00:00.000Z', '2026-03-27T17:00:00.000Z'],
      ['2026-03-30', 'the Monday after it (BST)', '2026-03-30T08:00:00.000Z', '2026-03-30T16:00:00.000Z'],
      ['2026-10-23', 'the Friday before the autumn change (BST)', '2026-10-23T08:00:00.000Z', '2026-10-23T16:00:00.000Z'],
      ['2026-10-26', 'the Monday after it (GMT)', '2026-10-26T09:00:00.000Z', '2026-10-26T17:00:00.000Z'],
    ])('%s, %s: 09:00-17:00 local', (date, _label, start, end) => {
      expect(spansOn(date)).toEqual([interval(start, end)]);
    });

    it('has no spans on a day off', () => {
      expect(spansOn('2026-03-29')).toEqual([]);
    });

    it('measures a span across the spring change in elapsed time: 00:00-04:00 is three hours', () => {
      const sunday = weekdayHours();
      sunday.sunday = [{ start: '00:00', end: '04:00' }];
      expect(london.workingSpansOn(london.dayOf(new Date('2026-03-29T12:00:00Z')), sunday)).toEqual([
        interval('2026-03-29T00:00:00Z', '2026-03-29T03:00:00Z'),
      ]);
    });
  });

  describe('slot grid', () => {
    const sunday = london.dayOf(new Date('2026-03-29T12:00:00Z'));
    const night = { start: '00:00', end: '03:00' };

    it('follows the clock: 30-minute steps from local midnight, skipping the hour the spring change removes', () => {
      expect(iso(london.gridTimesInSpan(sunday, night, 30))).toEqual([
        '2026-03-29T00:00:00.000Z',
        '2026-03-29T00:30:00.000Z',
        // 01:00 and 01:30 do not exist that night.
        '2026-03-29T01:00:00.000Z', // 02:00 BST
        '2026-03-29T01:30:00.000Z', // 02:30 BST
      ]);
    });

    it('offers a repeated autumn hour once', () => {
      const autumn = london.dayOf(new Date('2026-10-25T12:00:00Z'));
      expect(iso(london.gridTimesInSpan(autumn, { start: '01:00', end: '02:00' }, 30))).toHaveLength(2);
    });

    it('rounds a span start that is off the grid up to the next grid time', () => {
      const monday = london.dayOf(new Date('2026-01-12T12:00:00Z'));
      expect(iso(london.gridTimesInSpan(monday, { start: '09:10', end: '10:00' }, 45))).toEqual(['2026-01-12T09:45:00.000Z']);
    });

    describe('as epoch milliseconds (spanGrid)', () => {
      const dayAt = (date: string) => london.localDaysOverlapping(interval(`${date}T12:00:00Z`, `${date}T12:00:01Z`))[0]!;

      it.each([
        ['2026-07-01', 'a summer day', { start: '09:10', end: '12:00' }, 45],
        ['2026-03-29', 'the spring change', { start: '00:00', end: '03:00' }, 30],
        ['2026-10-25', 'the autumn change', { start: '00:30', end: '03:00' }, 30],
        ['2026-10-25', 'the autumn change, after it', { start: '09:00', end: '17:00' }, 60],
      ])('%s, %s: the same span start, grid times and span end as gridTimesInSpan and spanOn', (date, _label, span, slotMinutes) => {
        const day = dayAt(date);
        expect(london.spanGrid(day, span, slotMinutes)).toEqual({
          start: london.spanOn(day.local, span).start.getTime(),
          starts: london.gridTimesInSpan(day.local, span, slotMinutes).map((start) => start.getTime()),
          end: london.spanOn(day.local, span).end.getTime(),
        });
      });

      it.each([
        ['America/New_York', '2026-03-08', 'its spring change'],
        ['America/New_York', '2026-06-15', 'a summer day'],
        ['Asia/Kolkata', '2026-06-15', 'a day at a half-hour offset'],
      ])('%s, %s (%s): the same as gridTimesInSpan and spanOn', (zone, date, _label) => {
        const calendar = new BusinessCalendar(zone);
        const day = calendar.localDaysOverlapping(interval(`${date}T12:00:00Z`, `${date}T12:00:01Z`))[0]!;
        const span = { start: '00:30', end: '11:00' };
        expect(calendar.spanGrid(day, span, 30)).toEqual({
          start: calendar.spanOn(day.local, span).start.getTime(),
          starts: calendar.gridTimesInSpan(day.local, span, 30).map((start) => start.getTime()),
          end: calendar.spanOn(day.local, span).end.getTime(),
        });
      });

      it('reads clock times on an ordinary day in the offset of that day', () => {
        const grid = london.spanGrid(dayAt('2026-07-01'), { start: '09:00', end: '10:00' }, 30);
        expect(grid.starts.map((start) => new Date(start).toISOString())).toEqual(['2026-07-01T08:00:00.000Z', '2026-07-01T08:30:00.000Z']);
        expect(new Date(grid.end).toISOString()).toBe('2026-07-01T09:00:00.000Z');
      });
    });

    it.each([
      ['2026-03-30T08:30:00Z', 30, true], // 09:30 BST
      ['2026-03-30T08:15:00Z', 30, false],
      ['2026-03-30T08:15:00Z', 15, true],
      ['2026-01-12T09:45:00Z', 45, true], // 585 minutes after midnight
      ['2026-01-12T09:30:00Z', 45, false],
      ['2026-01-12T09:30:01Z', 30, false],
    ])('%s on a %i-minute grid: %s', (instant, slotMinutes, expected) => {
      expect(london.isOnSlotGrid(new Date(instant), slotMinutes)).toBe(expected);
    });
  });

  describe('local dates', () => {
    it('names the local date of an instant, which can differ from the UTC date', () => {
      expect(london.dateOf(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
      expect(london.dateOf(new Date('2026-01-31T23:30:00Z'))).toBe('2026-01-31');
    });

    it.each([
      ['2026-03-29', '2026-03-29T00:00:00.000Z', '2026-03-29T23:00:00.000Z', 23],
      ['2026-10-25', '2026-10-24T23:00:00.000Z', '2026-10-26T00:00:00.000Z', 25],
      ['2026-07-01', '2026-06-30T23:00:00.000Z', '2026-07-01T23:00:00.000Z', 24],
    ])('%s runs from %s to %s (%i hours)', (date, start, end, hours) => {
      const bounds = london.dayBounds(date);
      expect(bounds.start.toISOString()).toBe(start);
      expect(bounds.end.toISOString()).toBe(end);
      expect((bounds.end.getTime() - bounds.start.getTime()) / 3_600_000).toBe(hours);
    });

    it('lists each local date a window touches, across a change', () => {
      const days = london.localDaysOverlapping(interval('2026-03-28T23:30:00Z', '2026-03-30T00:00:00Z'));
      expect(days.map((day) => day.date)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    });

    it('does not count the day a window ends exactly at', () => {
      const days = london.localDaysOverlapping(interval('2026-01-12T00:00:00Z', '2026-01-13T00:00:00Z'));
      expect(days.map((day) => day.date)).toEqual(['2026-01-12']);
    });

    it('answers with the same days however the window is cut, and keeps zones apart', () => {
      const bounds = (calendar: BusinessCalendar, from: string, to: string) =>
        calendar.localDaysOverlapping(interval(from, to)).map(({ date, start, end }) => [date, start, end]);
      const fromMidnight = bounds(london, '2026-10-24T23:00:00Z', '2026-10-27T00:00:00Z');
      expect(bounds(london, '2026-10-25T13:45:00Z', '2026-10-26T23:59:00Z')).toEqual(fromMidnight);
      expect(bounds(london, '2026-10-24T23:00:00Z', '2026-10-27T00:00:00Z')).toEqual(fromMidnight);
      const newYork = bounds(new BusinessCalendar('America/New_York'), '2026-10-24T23:00:00Z', '2026-10-27T00:00:00Z');
      expect(newYork.map(([date]) => date)).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
      expect(new Date(newYork[1]![1] as number).toISOString()).toBe('2026-10-25T04:00:00.000Z');
    });

    it('gives each listed date its weekday and the instants it runs between, 23 hours on the spring change', () => {
      const days = london.localDaysOverlapping(interval('2026-03-28T12:00:00Z', '2026-03-30T12:00:00Z'));
      expect(days.map(({ date, weekday, start, end }) => [date, weekday, new Date(start).toISOString(), new Date(end).toISOString()])).toEqual([
        ['2026-03-28', 'saturday', '2026-03-28T00:00:00.000Z', '2026-03-29T00:00:00.000Z'],
        ['2026-03-29', 'sunday', '2026-03-29T00:00:00.000Z', '2026-03-29T23:00:00.000Z'],
        ['2026-03-30', 'monday', '2026-03-29T23:00:00.000Z', '2026-03-30T23:00:00.000Z'],
      ]);
    });
  });
});

describe('longestSpanMinutes', () => {
  it('is the longest clock span of the week', () => {
    const hours = weekdayHours({ start: '08:00', end: '12:00' }, { start: '13:00', end: '18:30' });
    expect(longestSpanMinutes(hours)).toBe(330);
  });

  it('is 0 when nobody works', () => {
    expect(longestSpanMinutes(weekdayHours())).toBe(0);
  });
});
