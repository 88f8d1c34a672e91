import * as fc from 'fast-check';
import { greatCircleKm, homeTravelMinutes, roadKm, travelMinutes } from './travel';

const MODEL = { roadFactor: 1.3, averageSpeedKmh: 40, travelBufferMinutes: 30 };
const LONDON = { lat: 51.5074, lng: -0.1278 };
const MANCHESTER = { lat: 53.4808, lng: -2.2426 };

describe('travel', () => {
  it('measures the great circle: London to Manchester is about 262 km', () => {
    expect(greatCircleKm(LONDON, MANCHESTER)).toBeCloseTo(262.0, 0);
  });

  it('turns road kilometres into minutes at the average speed, rounded up', () => {
    // 262.0 km × 1.3 = 340.6 km at 40 km/h: 510.9 minutes, so 511.
    expect(travelMinutes(LONDON, MANCHESTER, MODEL)).toBe(Math.ceil((greatCircleKm(LONDON, MANCHESTER) * 1.3 * 60) / 40));
    expect(travelMinutes(LONDON, MANCHESTER, MODEL)).toBe(511);
  });

  it('never keeps less than the buffer, and keeps the buffer where a place is unknown', () => {
    const nextDoor = { lat: 51.5075, lng: -0.1279 };
    expect(travelMinutes(LONDON, nextDoor, MODEL)).toBe(30);
    expect(travelMinutes(LONDON, null, MODEL)).toBe(30);
    expect(travelMinutes(undefined, MANCHESTER, MODEL)).toBe(30);
    expect(roadKm(LONDON, null, MODEL)).toBe(0);
  });

  it('counts the home base only with travelFromHome on and both places known', () => {
    expect(homeTravelMinutes(LONDON, MANCHESTER, { ...MODEL, travelFromHome: false })).toBeNull();
    expect(homeTravelMinutes(null, MANCHESTER, { ...MODEL, travelFromHome: true })).toBeNull();
    expect(homeTravelMinutes(LONDON, MANCHESTER, { ...MODEL, travelFromHome: true })).toBe(511);
  });

  it('is symmetric and keeps the triangle inequality, so the nearest jobs either side are the ones that bind (property)', () => {
    const point = fc.record({ lat: fc.double({ min: 49.9, max: 58.7, noNaN: true }), lng: fc.double({ min: -7.5, max: 1.8, noNaN: true }) });
    fc.assert(
      fc.property(point, point, point, fc.integer({ min: 0, max: 60 }), (a, b, c, buffer) => {
        const model = { ...MODEL, travelBufferMinutes: buffer };
        expect(travelMinutes(a, b, model)).toBe(travelMinutes(b, a, model));
        expect(travelMinutes(a, c, model)).toBeLessThanOrEqual(travelMinutes(a, b, model) + travelMinutes(b, c, model));
      }),
    );
  });
});
