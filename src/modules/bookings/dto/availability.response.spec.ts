import { mapAvailability } from './availability.response';

describe('mapAvailability', () => {
  it('gives every slot its instants as ISO strings, whether or not they repeat', () => {
    const at = (iso: string) => Date.parse(iso);
    const slot = (engineerId: string, start: string, end: string) => ({ engineerId, engineerName: engineerId.toUpperCase(), start: at(start), end: at(end) });
    const response = mapAvailability({
      durationMinutes: 60,
      slots: [
        slot('a', '2026-07-01T08:00:00Z', '2026-07-01T09:00:00Z'),
        slot('b', '2026-07-01T08:00:00Z', '2026-07-01T09:00:00Z'),
        slot('a', '2026-07-01T08:30:00Z', '2026-07-01T09:30:00Z'),
        slot('c', '2026-07-01T08:00:00Z', '2026-07-01T09:00:00Z'),
      ],
    });
    expect(response).toEqual({
      durationMinutes: 60,
      slots: [
        { engineerId: 'a', engineerName: 'A', start: '2026-07-01T08:00:00.000Z', end: '2026-07-01T09:00:00.000Z' },
        { engineerId: 'b', engineerName: 'B', start: '2026-07-01T08:00:00.000Z', end: '2026-07-01T09:00:00.000Z' },
        { engineerId: 'a', engineerName: 'A', start: '2026-07-01T08:30:00.000Z', end: '2026-07-01T09:30:00.000Z' },
        { engineerId: 'c', engineerName: 'C', start: '2026-07-01T08:00:00.000Z', end: '2026-07-01T09:00:00.000Z' },
      ],
    });
  });
});
