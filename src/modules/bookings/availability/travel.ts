import type { GeoPoint } from '@app/common';

/**
 * How long an engineer takes between two places: the distance model of scheduling. Pure, so
 * that the availability search and the booking checks share it exactly.
 */
export interface TravelModel {
  /** Road distance over great-circle distance (settings `roadFactor`, 1.3 by default). */
  roadFactor: number;
  /** Settings `averageSpeedKmh` (40 by default). */
  averageSpeedKmh: number;
  /** The least time kept between two jobs, and all of it where a place is not known. */
  travelBufferMinutes: number;
}

/** The IUGG mean earth radius. */
const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/** Great-circle (haversine) distance in kilometres. */
export function greatCircleKm(from: GeoPoint, to: GeoPoint): number {
  const dLat = (to.lat - from.lat) * RADIANS;
  const dLng = (to.lng - from.lng) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(from.lat * RADIANS) * Math.cos(to.lat * RADIANS) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Estimated road kilometres: the great circle times the road factor; 0 where a place is not known. */
export function roadKm(from: GeoPoint | null | undefined, to: GeoPoint | null | undefined, model: TravelModel): number {
  return from && to ? greatCircleKm(from, to) * model.roadFactor : 0;
}

/**
 * Minutes to keep between a job at `from` and one at `to`: the road distance at the average
 * speed, rounded up to a whole minute, never less than the travel buffer; the flat buffer where
 * either place is not known. Symmetric, so it does not matter which job comes first.
 */
export function travelMinutes(from: GeoPoint | null | undefined, to: GeoPoint | null | undefined, model: TravelModel): number {
  if (!from || !to) return model.travelBufferMinutes;
  return Math.max(model.travelBufferMinutes, Math.ceil((roadKm(from, to, model) / model.averageSpeedKmh) * 60));
}

/**
 * Minutes from the home base to the job at the day's start, when that counts (`travelFromHome`
 * on, both places known); null when it does not: without a known place there is nothing to
 * keep, as before travel times.
 */
export function homeTravelMinutes(home: GeoPoint | null | undefined, site: GeoPoint | null | undefined, model: TravelModel & { travelFromHome: boolean }): number | null {
  return model.travelFromHome && home && site ? travelMinutes(home, site, model) : null;
}

/** Kilometres to one decimal, as responses show them. */
export function roundKm(km: number): number {
  return Math.round(km * 10) / 10;
}
