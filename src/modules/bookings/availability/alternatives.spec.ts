import { alternativesWindow, nearestSlots } from './alternatives';

const at = (iso: string) => Date.parse(iso);
const slot = (engineerId: string, start: string) => ({ engineerId, start: at(start), end: at(start) + 3_600_000 });

describe('alternativesWindow', () => {
  it('looks from a day before the held start to two days after it', () => {
    expect(alternativesWindow(new Date('2030-01-09T10:00:00Z'), new Date('2030-01-01T00:00:00Z'))).toEqual({
      start: new Date('2030-01-08T10:00:00Z'),
      end: new Date('2030-01-11T10:00:00Z'),
    });
  });

  it('never looks before now', () => {
    expect(alternativesWindow(new Date('2030-01-09T10:00:00Z'), new Date('2030-01-09T02:00:00Z'))).toEqual({
      start: new Date('2030-01-09T02:00:00Z'),
      end: new Date('2030-01-11T10:00:00Z'),
    });
  });

  it('looks from now on when the held start has passed', () => {
    expect(alternativesWindow(new Date('2030-01-09T10:00:00Z'), new Date('2030-01-10T00:00:00Z'))).toEqual({
      start: new Date('2030-01-10T00:00:00Z'),
      end: new Date('2030-01-12T00:00:00Z'),
    });
  });
});

describe('nearestSlots', () => {
  const held = { start: new Date('2030-01-09T10:00:00Z'), engineerId: 'b' };

  it('orders by distance from the held start, the earlier first between two as near, and keeps the limit', () => {
    const slots = [slot('a', '2030-01-09T13:00:00Z'), slot('a', '2030-01-09T09:00:00Z'), slot('a', '2030-01-09T11:00:00Z'), slot('a', '2030-01-08T10:00:00Z')];
    expect(nearestSlots(slots, held, 3).map((found) => new Date(found.start).toISOString())).toEqual([
      '2030-01-09T09:00:00.000Z',
      '2030-01-09T11:00:00.000Z',
      '2030-01-09T13:00:00.000Z',
    ]);
  });

  it('prefers the engineer of the hold at the same start, then the engineer id', () => {
    const slots = [slot('c', '2030-01-09T10:00:00Z'), slot('a', '2030-01-09T10:00:00Z'), slot('b', '2030-01-09T10:00:00Z')];
    expect(nearestSlots(slots, held, 5).map((found) => found.engineerId)).toEqual(['b', 'a', 'c']);
  });

  it('answers nothing when there is no slot', () => {
    expect(nearestSlots([], held, 5)).toEqual([]);
  });
});
