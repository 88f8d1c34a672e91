import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, GeoPoint, WorkingHours, geoPointOf, groupBy, parseUkPostcode } from '@app/common';
import type { Engineer, EngineerEligibility, SchedulableEngineer } from '../engineers/engineer.model';
import { EngineersService, SchedulingCriteria } from '../engineers/engineers.service';
import { OrdersService } from '../orders/orders.service';
import { ServiceSummary } from '../services/services.service';
import { ServicesService } from '../services/services.service';
import { SettingsService } from '../settings/settings.service';
import { Interval, addMinutes } from './availability/interval';
import { BookedInterval, EngineerAgenda, SchedulingRules } from './availability/slot-rules';
import { EngineerNotEligibleError, InstallationInProgressError, InstallationNotBookableError, InstallationNotFoundError } from './bookings.errors';
import { BookingHoldsRepository } from './booking-holds.repository';
import { BookingsRepository, HeldVisit } from './bookings.repository';
import { BookingHoldEntity, heldPeriods } from './entities/booking-hold.entity';

/** The work a booking is for: the order's open installation tasks. */
export interface InstallationJob {
  orderId: string;
  durationMinutes: number;
  postcode: string;
  /** Where the installation is (the order's installation address); null when not known. */
  location: GeoPoint | null;
  requiredSkills: string[];
}

export interface SchedulingSettings {
  rules: SchedulingRules;
  /** Hours of engineers who have none of their own. */
  defaultWorkingHours: WorkingHours;
  /** How long a hold keeps a slot. */
  holdMinutes: number;
}

/** An engineer with the time off that bears on a window; bookings are read later, under lock. */
export interface EngineerCommitments {
  engineer: SchedulableEngineer;
  timeOff: Interval[];
}

// A day's job count and the travel buffer reach past the edges of a window; the local date
// of an instant is at most 14 hours from its UTC date, so two days either side is plenty.
const AGENDA_MARGIN_MINUTES = 2 * 24 * 60;

export function agendaWindow(window: Interval): Interval {
  return { start: addMinutes(window.start, -AGENDA_MARGIN_MINUTES), end: addMinutes(window.end, AGENDA_MARGIN_MINUTES) };
}

const engineerIdOf = (row: { engineerId: string }) => row.engineerId;

function districtOf(job: InstallationJob): string {
  return parseUkPostcode(job.postcode)?.outward ?? job.postcode;
}

/** Who may do the job: those covering its district with every skill it needs. */
function criteriaOf(job: InstallationJob): SchedulingCriteria {
  return { area: districtOf(job), skills: job.requiredSkills };
}

function schedulable(engineer: Engineer): SchedulableEngineer {
  const { id, name, workingHours, maxJobsPerDay } = engineer;
  return { id, name, workingHours, maxJobsPerDay, homeLocation: engineer.homeBase?.location ?? null };
}

function installationsOf(services: ServiceSummary[]): ServiceSummary[] {
  return services.filter((service) => service.type === 'installation');
}

/**
 * Reads what availability and booking checks need from other modules (settings, the
 * order's installation, engineers and their time off) and builds engineers' agendas.
 */
@Injectable()
export class SchedulingInputs {
  constructor(
    private readonly settingsService: SettingsService,
    private readonly engineersService: EngineersService,
    private readonly servicesService: ServicesService,
    private readonly ordersService: OrdersService,
    private readonly bookingsRepository: BookingsRepository,
    private readonly holdsRepository: BookingHoldsRepository,
    private readonly clock: Clock,
  ) {}

  async settings(): Promise<SchedulingSettings> {
    const settings = await this.settingsService.current();
    return {
      rules: {
        timezone: settings.timezone,
        slotMinutes: settings.slotMinutes,
        minLeadHours: settings.minLeadHours,
        travelBufferMinutes: settings.travelBufferMinutes,
        roadFactor: settings.roadFactor,
        averageSpeedKmh: settings.averageSpeedKmh,
        travelFromHome: settings.travelFromHome,
      },
      defaultWorkingHours: settings.defaultWorkingHours,
      holdMinutes: settings.holdMinutes,
    };
  }

  /**
   * The order's open installation work while it waits for (or has) a booking: every pending
   * or scheduled installation task, as long as their estimates together. A booking being moved
   * (`booked`) takes its scheduled tasks only: one whose visit failed is pending, waiting for
   * the next booking.
   */
  async bookableJob(orderId: string, booked = false): Promise<InstallationJob> {
    const [tasks, location] = await Promise.all([this.servicesService.findByOrder(orderId), this.ordersService.installationLocationOf(orderId)]);
    const installations = installationsOf(tasks);
    if (installations.length === 0) throw new InstallationNotFoundError(orderId);
    if (installations.some((task) => task.status === 'in_progress')) throw new InstallationInProgressError(orderId);
    const open = installations.filter((task) => task.status === 'scheduled' || (!booked && task.status === 'pending'));
    if (open.length === 0) throw new InstallationNotBookableError(orderId, installations[0]!.status);
    return {
      orderId,
      durationMinutes: open.reduce((total, installation) => total + installation.estimatedMinutes, 0),
      postcode: open[0]!.installationPostcode,
      location,
      requiredSkills: [...new Set(open.flatMap((installation) => installation.requiredSkills))].sort(),
    };
  }

  /** Active engineers who cover the job's postcode and have every skill it needs, by name. */
  async eligibleEngineers(job: InstallationJob): Promise<SchedulableEngineer[]> {
    if (job.requiredSkills.length === 0) return [];
    return this.engineersService.findActiveForScheduling(criteriaOf(job));
  }

  /** As `eligibleEngineers` then `commitments`, in one read: the engineers with their time off around `window`. */
  async eligibleCommitments(job: InstallationJob, window: Interval): Promise<EngineerCommitments[]> {
    if (job.requiredSkills.length === 0) return [];
    return this.engineersService.findActiveForSchedulingWithTimeOff(criteriaOf(job), agendaWindow(window));
  }

  /** Every engineer (or `engineerId`), by name, with the first reason they could not take the job, if any: for "why no slot". */
  eligibility(job: InstallationJob, engineerId?: string): Promise<EngineerEligibility[]> {
    return this.engineersService.eligibilityFor(criteriaOf(job), engineerId);
  }

  /** The engineer, if eligible for the job; otherwise a 422 that says which rule fails (404 if unknown). */
  async requireEligibleEngineer(job: InstallationJob, engineerId: string): Promise<SchedulableEngineer> {
    const engineer = await this.engineersService.getById(engineerId);
    if (!engineer.active) {
      throw new EngineerNotEligibleError('ENGINEER_INACTIVE', `Engineer ${engineerId} is not active`, { engineerId });
    }
    const missingSkills = job.requiredSkills.filter((skill) => !engineer.skills.includes(skill));
    if (missingSkills.length > 0) {
      throw new EngineerNotEligibleError('ENGINEER_LACKS_SKILLS', `Engineer ${engineerId} cannot install ${missingSkills.join(', ')}`, {
        engineerId,
        missingSkills,
      });
    }
    if (!(await this.eligibleEngineers(job)).some((candidate) => candidate.id === engineerId)) {
      throw new EngineerNotEligibleError('ENGINEER_DOES_NOT_COVER_AREA', `Engineer ${engineerId} does not cover ${job.postcode}`, {
        engineerId,
        postcode: job.postcode,
      });
    }
    return schedulable(engineer);
  }

  /** Re-read inside the booking's transaction, after the agenda lock: the engineer may have been deactivated since `requireEligibleEngineer`. */
  async assertStillActive(engineerId: string, manager: EntityManager): Promise<void> {
    if (!(await this.engineersService.getById(engineerId, manager)).active) {
      throw new EngineerNotEligibleError('ENGINEER_INACTIVE', `Engineer ${engineerId} is not active`, { engineerId });
    }
  }

  /**
   * The engineers with their time off around the window. Read before the transaction to check
   * a request early, and again in it (`manager`), after the agenda lock: time off added in
   * between must count.
   */
  async commitments(engineers: SchedulableEngineer[], window: Interval, manager?: EntityManager): Promise<EngineerCommitments[]> {
    const timeOff = await this.engineersService.findTimeOffOverlapping(
      engineers.map((engineer) => engineer.id),
      agendaWindow(window),
      manager,
    );
    const timeOffOf = groupBy(timeOff, engineerIdOf, ({ start, end }): Interval => ({ start, end }));
    return engineers.map((engineer) => ({ engineer, timeOff: timeOffOf.get(engineer.id) ?? [] }));
  }

  /**
   * Agendas for `orderId`'s work in the window, with time off, bookings and other orders' live
   * holds read again through `manager` (inside the write's transaction, after the agenda lock).
   * `ignoreBookingId` leaves out the booking a reschedule is about to move.
   */
  async agendas(
    commitments: EngineerCommitments[],
    defaultWorkingHours: WorkingHours,
    window: Interval,
    orderId: string,
    options: { manager?: EntityManager; ignoreBookingId?: string } = {},
  ): Promise<Map<string, EngineerAgenda>> {
    const engineers = commitments.map(({ engineer }) => engineer);
    const engineerIds = engineers.map((engineer) => engineer.id);
    const current = options.manager ? await this.commitments(engineers, window, options.manager) : commitments;
    const visits = await this.visitsHoldingTime(engineerIds, window, options.manager);
    const holds = await this.liveHoldsOfOthers(engineerIds, window, orderId, options.manager);
    const others = visits.filter((row) => row.bookingId !== options.ignoreBookingId);
    return toAgendas(current, others, holds, defaultWorkingHours);
  }

  /**
   * As `agendas`, for a search that writes nothing, with bookings and holds read at once, and
   * the engineers' time off as `commitments` read it (for at least this window). The order's own
   * scheduled booking is left out, so that it does not stand in the way of moving it (at most
   * one booking of an order is scheduled at a time), and so is its own hold: a checkout sees the
   * slot it holds, and others' holds hide theirs.
   */
  async searchAgendas(
    commitments: EngineerCommitments[],
    defaultWorkingHours: WorkingHours,
    window: Interval,
    orderId: string,
  ): Promise<Map<string, EngineerAgenda>> {
    const engineerIds = commitments.map(({ engineer }) => engineer.id);
    const [others, holds] = await Promise.all([
      this.visitsHoldingTime(engineerIds, window, undefined, orderId),
      this.liveHoldsOfOthers(engineerIds, window, orderId),
    ]);
    return toAgendas(commitments, others, holds, defaultWorkingHours);
  }

  /** Live by the clock: a hold keeps its time until `expiresAt`, whether or not the retention job has deleted it yet. */
  private liveHoldsOfOthers(engineerIds: string[], window: Interval, orderId: string, manager?: EntityManager): Promise<BookingHoldEntity[]> {
    return this.holdsRepository.findLiveOverlapping(engineerIds, agendaWindow(window), this.clock.now(), orderId, manager);
  }

  private visitsHoldingTime(engineerIds: string[], window: Interval, manager?: EntityManager, exceptOrderId?: string): Promise<HeldVisit[]> {
    return this.bookingsRepository.findVisitsHoldingTime(engineerIds, agendaWindow(window), manager, exceptOrderId);
  }
}

/** A hold's visits as an agenda holds them: booked time, kept only until the hold expires. */
function heldIntervals(hold: BookingHoldEntity): BookedInterval[] {
  const location = geoPointOf(hold.siteLat, hold.siteLng);
  return heldPeriods(hold).map(({ start, end }) => ({ bookingId: hold.id, start, end, location, heldUntil: hold.expiresAt }));
}

/**
 * Each agenda's `bookings` are the visits of the engineer's other bookings, one interval per
 * visit, and the visits of other orders' live holds, by start.
 */
function toAgendas(
  commitments: EngineerCommitments[],
  visits: HeldVisit[],
  holds: BookingHoldEntity[],
  defaultWorkingHours: WorkingHours,
): Map<string, EngineerAgenda> {
  const bookingsOf = groupBy(
    visits,
    engineerIdOf,
    (row): BookedInterval => ({ bookingId: row.bookingId, start: row.startAt, end: row.endAt, location: geoPointOf(row.siteLat, row.siteLng) }),
  );
  // Holds are few: merged into the agendas they touch, which stay sorted by start.
  for (const [engineerId, held] of groupBy(holds, engineerIdOf, heldIntervals)) {
    bookingsOf.set(engineerId, [...(bookingsOf.get(engineerId) ?? []), ...held.flat()].sort((a, b) => a.start.getTime() - b.start.getTime()));
  }
  return new Map(
    commitments.map(({ engineer, timeOff }) => [
      engineer.id,
      {
        workingHours: engineer.workingHours ?? defaultWorkingHours,
        timeOff,
        bookings: bookingsOf.get(engineer.id) ?? [],
        maxJobsPerDay: engineer.maxJobsPerDay,
        homeLocation: engineer.homeLocation,
      },
    ]),
  );
}
