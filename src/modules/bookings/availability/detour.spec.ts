import { LONDON_RULES, agenda, booked } from './availability.fixtures';
import { slotTravel, visitTravel } from './detour';
import { SlotGrid } from './slot-grid';
import { BusinessCalendar } from './business-calendar';
import { roadKm } from './travel';

const at = (iso: string) => Date.parse(iso);
const A = { lat: 51.5, lng: -0.2 };
const B = { lat: 51.5, lng: -0.1 };
const J = { lat: 51.55, lng: -0.15 };
const rules = { ...LONDON_RULES, travelBufferMinutes: 10 };
const monday = { start: at('2026-01-12T00:00:00Z'), end: at('2026-01-13T00:00:00Z') };
const visit = { start: at('2026-01-12T12:00:00Z'), end: at('2026-01-12T13:00:00Z') };

describe('visitTravel', () => {
  it('is the detour between the day’s previous and next visits, with the travel each side', () => {
    const engineer = agenda({
      bookings: [
        { ...booked('early', '2026-01-12T09:00:00Z', '2026-01-12T10:00:00Z'), location: { lat: 53, lng: -2 } },
        { ...booked('before', '2026-01-12T10:30:00Z', '2026-01-12T11:00:00Z'), location: A },
        { ...booked('after', '2026-01-12T14:00:00Z', '2026-01-12T15:00:00Z'), location: B },
      ],
    });
    const travel = visitTravel(engineer, rules, J, visit, monday);
    expect(travel.addedTravelKm).toBeCloseTo(roadKm(A, J, rules) + roadKm(J, B, rules) - roadKm(A, B, rules), 9);
    expect(travel.travelMinutesBefore).toBe(Math.max(10, Math.ceil((roadKm(A, J, rules) / 40) * 60)));
    expect(travel.travelMinutesAfter).toBe(Math.max(10, Math.ceil((roadKm(J, B, rules) / 40) * 60)));
  });

  it('adds nothing and keeps no travel on an empty day, unless the day starts at the home base', () => {
    expect(visitTravel(agenda({ homeLocation: A }), rules, J, visit, monday)).toEqual({ travelMinutesBefore: 0, travelMinutesAfter: 0, addedTravelKm: 0 });
    const fromHome = visitTravel(agenda({ homeLocation: A }), { ...rules, travelFromHome: true }, J, visit, monday);
    expect(fromHome.addedTravelKm).toBeCloseTo(roadKm(A, J, rules), 9);
    expect(fromHome.travelMinutesBefore).toBeGreaterThan(10);
  });

  it('looks at the visit’s own day only, and counts an unknown place as no distance', () => {
    const engineer = agenda({
      bookings: [
        { ...booked('sunday', '2026-01-11T15:00:00Z', '2026-01-11T16:00:00Z'), location: A },
        booked('unknown', '2026-01-12T14:00:00Z', '2026-01-12T15:00:00Z'),
      ],
    });
    expect(visitTravel(engineer, rules, J, visit, monday)).toEqual({ travelMinutesBefore: 0, travelMinutesAfter: 10, addedTravelKm: 0 });
  });
});

describe('slotTravel', () => {
  it('sums the km of every visit of a run, travel before the first and after the last', () => {
    const engineer = agenda({
      bookings: [
        { ...booked('monday', '2026-01-12T09:00:00Z', '2026-01-12T10:00:00Z'), location: A },
        { ...booked('tuesday', '2026-01-13T16:00:00Z', '2026-01-13T17:00:00Z'), location: B },
      ],
    });
    const grid = new SlotGrid(new BusinessCalendar('Europe/London'), { start: new Date(monday.start), end: new Date(at('2026-01-14T00:00:00Z')) }, 30);
    const run = [
      { start: at('2026-01-12T11:00:00Z'), end: at('2026-01-12T17:00:00Z') },
      { start: at('2026-01-13T09:00:00Z'), end: at('2026-01-13T15:00:00Z') },
    ];
    const travel = slotTravel(engineer, rules, J, run, grid);
    expect(travel.addedTravelKm).toBeCloseTo(roadKm(A, J, rules) + roadKm(J, B, rules), 9);
    expect(travel.travelMinutesBefore).toBe(visitTravel(engineer, rules, J, run[0]!, monday).travelMinutesBefore);
    expect(travel.travelMinutesAfter).toBe(visitTravel(engineer, rules, J, run[1]!, { start: at('2026-01-13T00:00:00Z'), end: at('2026-01-14T00:00:00Z') }).travelMinutesAfter);
  });
});
