import { availabilityBody, isoBytesOf } from './availability.response';

const availabilityJson = (availability: Parameters<typeof availabilityBody>[0]) => availabilityBody(availability).toString('utf8');
const isoOf = (instant: number) => isoBytesOf(instant).toString('latin1');

describe('availabilityBody', () => {
  const at = (iso: string) => Date.parse(iso);
  const slot = (engineerId: string, engineerName: string, start: string, end: string) => ({ engineerId, engineerName, start: at(start), end: at(end) });

  it('is what JSON.stringify makes of the response: every slot with its instants and visits as ISO strings, whether or not they repeat', () => {
    const text = availabilityJson({
      durationMinutes: 60,
      slots: [
        slot('a', 'A', '2026-07-01T08:00:00Z', '2026-07-01T09:00:00Z'),
        slot('b', 'Zoë "Bee" O\\Neil', '2026-07-01T08:00:00Z', '2026-07-01T09:00:00Z'),
        slot('a', 'A', '2026-07-01T08:30:00Z', '2026-07-01T09:30:00Z'),
        slot('c', 'C\u2028', '2026-07-01T08:00:00Z', '2026-07-01T09:00:00Z'),
        {
          ...slot('a', 'A', '2026-07-01T16:00:00Z', '2026-07-02T10:00:00Z'),
          visits: [
            { start: at('2026-07-01T16:00:00Z'), end: at('2026-07-01T17:00:00Z') },
            { start: at('2026-07-02T08:00:00Z'), end: at('2026-07-02T10:00:00Z') },
          ],
        },
      ],
    });
    expect(text).toBe(
      JSON.stringify({
        durationMinutes: 60,
        slots: [
          { engineerId: 'a', engineerName: 'A', start: '2026-07-01T08:00:00.000Z', end: '2026-07-01T09:00:00.000Z', visits: [{ start: '2026-07-01T08:00:00.000Z', end: '2026-07-01T09:00:00.000Z' }] },
          { engineerId: 'b', engineerName: 'Zoë "Bee" O\\Neil', start: '2026-07-01T08:00:00.000Z', end: '2026-07-01T09:00:00.000Z', visits: [{ start: '2026-07-01T08:00:00.000Z', end: '2026-07-01T09:00:00.000Z' }] },
          { engineerId: 'a', engineerName: 'A', start: '2026-07-01T08:30:00.000Z', end: '2026-07-01T09:30:00.000Z', visits: [{ start: '2026-07-01T08:30:00.000Z', end: '2026-07-01T09:30:00.000Z' }] },
          { engineerId: 'c', engineerName: 'C\u2028', start: '2026-07-01T08:00:00.000Z', end: '2026-07-01T09:00:00.000Z', visits: [{ start: '2026-07-01T08:00:00.000Z', end: '2026-07-01T09:00:00.000Z' }] },
          {
            engineerId: 'a',
            engineerName: 'A',
            start: '2026-07-01T16:00:00.000Z',
            end: '2026-07-02T10:00:00.000Z',
            visits: [
              { start: '2026-07-01T16:00:00.000Z', end: '2026-07-01T17:00:00.000Z' },
              { start: '2026-07-02T08:00:00.000Z', end: '2026-07-02T10:00:00.000Z' },
            ],
          },
        ],
      }),
    );
  });

  it('grows past the bytes it expected: long names, runs of many visits', () => {
    const name = 'Ó'.repeat(300);
    const start = at('2026-07-01T08:00:00Z');
    const availability = {
      durationMinutes: 3000,
      slots: Array.from({ length: 40 }, (_, index) => ({
        engineerId: `engineer-${index % 3}`,
        engineerName: `${name}${index % 3}`,
        start: start + index * 60_000,
        end: start + index * 60_000 + 9 * 86_400_000,
        visits: Array.from({ length: 10 }, (_, day) => ({ start: start + day * 86_400_000, end: start + day * 86_400_000 + 3_600_000 })),
      })),
    };
    const expected = {
      durationMinutes: 3000,
      slots: availability.slots.map((slot) => ({
        engineerId: slot.engineerId,
        engineerName: slot.engineerName,
        start: new Date(slot.start).toISOString(),
        end: new Date(slot.end).toISOString(),
        visits: slot.visits.map((visit) => ({ start: new Date(visit.start).toISOString(), end: new Date(visit.end).toISOString() })),
      })),
    };
    expect(availabilityJson(availability)).toBe(JSON.stringify(expected));
  });

  it('writes an empty list of slots', () => {
    expect(availabilityJson({ durationMinutes: 90, slots: [] })).toBe('{"durationMinutes":90,"slots":[]}');
  });
});

describe('isoBytesOf', () => {
  it('is toISOString of the instant, the first time and every time after', () => {
    const instant = Date.parse('2026-03-29T01:00:00Z');
    expect(isoOf(instant)).toBe('2026-03-29T01:00:00.000Z');
    expect(isoOf(instant)).toBe('2026-03-29T01:00:00.000Z');
    expect(isoOf(instant + 1)).toBe('2026-03-29T01:00:00.001Z');
  });

  it('keeps answering for instants far apart, before and after each other, and for every minute between', () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    const minute = 60_000;
    for (let index = 0; index <= 20_000; index += 1) expect(isoOf(start + index * minute)).toBe(new Date(start + index * minute).toISOString());
    const farAhead = start + 400 * 24 * 60 * minute;
    expect(isoOf(farAhead)).toBe(new Date(farAhead).toISOString());
    expect(isoOf(start)).toBe('2026-01-01T00:00:00.000Z');
    expect(isoOf(start - 3 * 24 * 60 * minute)).toBe('2025-12-29T00:00:00.000Z');
    expect(isoOf(farAhead)).toBe(new Date(farAhead).toISOString());
  });
});
