import { GeoPoint, WorkingHours } from '@app/common';
import type { Announcement } from '../../redis/announcements';

/** Announced once a change to an engineer or their time off has committed: the board shows both. */
export const ENGINEERS_CHANGED: Announcement = { kind: 'data-changed', data: 'engineers' };

/** Where an engineer starts the day from. */
export interface HomeBase {
  /** Normalised, e.g. `SW1A 1AA`. */
  postcode: string;
  /** Absent when not known. */
  location?: GeoPoint;
}

/** An engineer as the rest of the application sees it: plain data, never an entity. */
export interface Engineer {
  id: string;
  name: string;
  email: string;
  phone: string;
  /** Product categories the engineer can install, sorted. */
  skills: string[];
  /** Postcode areas and districts covered, sorted. */
  areas: string[];
  /** Null: the business's default working hours apply. */
  workingHours: WorkingHours | null;
  maxJobsPerDay: number | null;
  /** Null when not recorded. */
  homeBase: HomeBase | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** What scheduling needs of a candidate engineer: the coverage and skills were already checked. */
export type SchedulableEngineer = Pick<Engineer, 'id' | 'name' | 'workingHours' | 'maxJobsPerDay'> & {
  /** Where their home base is; null when it or its location is not recorded. */
  homeLocation: GeoPoint | null;
};

/** A candidate for a job, with their time off in the period asked about, by start. */
export interface CandidateWithTimeOff {
  engineer: SchedulableEngineer;
  timeOff: EngineerTimeOff[];
}

/** Why an engineer cannot take a job at all, before their agenda is looked at; checked in this order. */
export type IneligibilityReason = 'NOT_SKILLED' | 'OUTSIDE_AREA' | 'INACTIVE';

/** Every engineer, with the first reason they cannot take a job (null: a candidate), by name. */
export interface EngineerEligibility {
  engineer: SchedulableEngineer;
  ineligible: IneligibilityReason | null;
}

export type NewEngineer = Omit<Engineer, 'id' | 'createdAt' | 'updatedAt'>;

export type EngineerChanges = Partial<NewEngineer>;

export interface EngineerFilter {
  /** A postcode area or district; matches engineers whose coverage includes it. */
  area?: string;
  skill?: string;
  active?: boolean;
  /** Text contained in the name, e-mail or phone number, in any case. */
  q?: string;
}

/** As `EngineerFilter`, for engineers who have every one of `skills`. */
export type EngineerCandidateFilter = Omit<EngineerFilter, 'skill' | 'q'> & { skills: string[] };

/** A half-open period [start, end) in which the engineer cannot be booked. */
export interface EngineerTimeOff {
  id: string;
  engineerId: string;
  start: Date;
  end: Date;
  reason: string | null;
  createdAt: Date;
}

export type NewEngineerTimeOff = Pick<EngineerTimeOff, 'engineerId' | 'start' | 'end' | 'reason'>;
