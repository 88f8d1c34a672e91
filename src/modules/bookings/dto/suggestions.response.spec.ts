import { availabilityBody } from './availability.response';

const availabilityJson = (availability: Parameters<typeof availabilityBody>[0]) => availabilityBody(availability).toString('utf8');
import { suggestionsJson } from './suggestions.response';

const at = (iso: string) => Date.parse(iso);
const explanation = { excluded: [{ engineerId: 'b', engineerName: 'Bo "B"', reason: 'TIME_OFF' as const }], nextAvailableDate: '2026-07-02' };

describe('suggestionsJson', () => {
  it('is what JSON.stringify makes of the suggestions, each with its travel, and of the explanation after them', () => {
    const slot = {
      engineerId: 'a',
      engineerName: 'A',
      start: at('2026-07-01T08:00:00Z'),
      end: at('2026-07-01T09:00:00Z'),
      travel: { travelMinutesBefore: 30, travelMinutesAfter: 0, addedTravelKm: 4.2 },
    };
    const text = suggestionsJson({ durationMinutes: 60, slots: [slot], explanation });
    expect(text).toBe(
      JSON.stringify({
        durationMinutes: 60,
        slots: [
          {
            engineerId: 'a',
            engineerName: 'A',
            start: '2026-07-01T08:00:00.000Z',
            end: '2026-07-01T09:00:00.000Z',
            visits: [{ start: '2026-07-01T08:00:00.000Z', end: '2026-07-01T09:00:00.000Z' }],
            travelMinutesBefore: 30,
            travelMinutesAfter: 0,
            addedTravelKm: 4.2,
          },
        ],
        ...explanation,
      }),
    );
    expect(suggestionsJson({ durationMinutes: 60, slots: [] })).toBe('{"durationMinutes":60,"slots":[]}');
  });
});

describe('availabilityBody with an explanation', () => {
  it('adds excluded, and nextAvailableDate when there is one (null included), after the slots', () => {
    expect(availabilityJson({ durationMinutes: 90, slots: [], explanation })).toBe(JSON.stringify({ durationMinutes: 90, slots: [], ...explanation }));
    const none = { excluded: [], nextAvailableDate: null };
    expect(availabilityJson({ durationMinutes: 90, slots: [], explanation: none })).toBe(JSON.stringify({ durationMinutes: 90, slots: [], ...none }));
    expect(availabilityJson({ durationMinutes: 90, slots: [], explanation: { excluded: [] } })).toBe('{"durationMinutes":90,"slots":[],"excluded":[]}');
  });
});
