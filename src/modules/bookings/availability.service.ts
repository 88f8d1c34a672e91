import { Injectable } from '@nestjs/common';
import { WorkingHours } from '@app/common';
import type { IneligibilityReason, SchedulableEngineer } from '../engineers/engineer.model';
import { BusinessCalendar, longestSpanMinutes } from './availability/business-calendar';
import { VisitTravel, slotTravel } from './availability/detour';
import { AgendaExclusion, agendaExclusion } from './availability/exclusion';
import { SlotSearch, findRuns, findSlots } from './availability/find-slots';
import { EpochInterval, Interval, MINUTE_MS, addMinutes, contains, durationMinutes } from './availability/interval';
import { SlotGrid } from './availability/slot-grid';
import { EngineerAgenda } from './availability/slot-rules';
import { EngineerSlot, rankSuggestions } from './availability/suggestions';
import { roundKm } from './availability/travel';
import { MAX_VISITS, fitsSomeRun, needsSeveralVisits, runHorizonDays } from './availability/visit-plan';
import { WorkLongerThanWorkingSpanError } from './bookings.errors';
import { EngineerCommitments, InstallationJob, SchedulingInputs, SchedulingSettings } from './scheduling-inputs';

/** The longest window one availability search covers, and how far ahead suggestions look. */
export const MAX_SEARCH_DAYS = 31;

/** How far past a window without a slot `nextAvailableDate` looks, and in what steps. */
export const NEXT_AVAILABLE_LOOKAHEAD_DAYS = 56;
const LOOKAHEAD_STEP_DAYS = 14;

export interface OfferedSlot extends EngineerSlot {
  engineerName: string;
  /** The run of visits of work that needs several; absent for one visit, which is [start, end). */
  visits?: readonly EpochInterval[];
}

export interface SuggestedSlot extends OfferedSlot {
  travel: VisitTravel;
}

/** The first rule that left an engineer out: who they are (checked first), then their agenda. */
export type ExclusionReason = IneligibilityReason | AgendaExclusion;

export interface EngineerExclusion {
  engineerId: string;
  engineerName: string;
  reason: ExclusionReason;
}

/** "Why no slot" (`explain=true`). */
export interface AvailabilityExplanation {
  /** Every engineer considered and left out, by name, with the first rule that excluded them. */
  excluded: EngineerExclusion[];
  /** Only when nobody has a slot: the first local date within the look-ahead anyone has one; null for none. */
  nextAvailableDate?: string | null;
}

export interface Availability<Slot extends OfferedSlot = OfferedSlot> {
  durationMinutes: number;
  slots: Slot[];
  explanation?: AvailabilityExplanation;
}

/** The job, settings and candidates of one request, read once for every window it searches. */
interface SearchContext {
  job: InstallationJob;
  settings: SchedulingSettings;
  engineers: SchedulableEngineer[];
  /** The candidates with their time off in `timeOffWindow`, read with them. */
  commitments: EngineerCommitments[];
  timeOffWindow: Interval;
}

/**
 * How far past the window the candidates' time off is read with them: as far as a run of a
 * few days' work could reach. A search that needs more (longer runs, later windows) reads it again.
 */
const TIME_OFF_REACH_DAYS = 14;

/** One window searched: the slots and what found them, for ranking and explaining. */
interface WindowSearch {
  slots: OfferedSlot[];
  agendas: Map<string, EngineerAgenda>;
  search: SlotSearch;
  /** The window's days, for one-visit slots. */
  grid: SlotGrid;
  /** As far as the longest run could reach: runs, and the days of every slot. */
  runGrid: SlotGrid;
}

function byNameThenId(a: SchedulableEngineer, b: SchedulableEngineer): number {
  return a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

const days = (count: number) => count * 24 * 60;

/** Answers "who could do this order's installation, and when", without writing anything. */
@Injectable()
export class AvailabilityService {
  constructor(private readonly inputs: SchedulingInputs) {}

  /** Every slot in the window, by start, then engineer name, then engineer id; with `explain`, who was left out and why. */
  async availability(orderId: string, window: Interval, engineerId?: string, explain = false): Promise<Availability> {
    const context = await this.context(orderId, window, engineerId);
    const now = new Date();
    const found = await this.search(context, window, now);
    // The search lists engineers by name, then id, each one's slots earliest first, and the
    // sort is stable: ordering by start alone keeps that order among equal starts.
    found.slots.sort((a, b) => a.start - b.start);
    const availability: Availability = { durationMinutes: context.job.durationMinutes, slots: found.slots };
    if (explain) availability.explanation = await this.explain(context, found, window, now, engineerId);
    return availability;
  }

  /**
   * The best `limit` slots from now on: least added travel first, then earliest, then the
   * engineer with fewer booked minutes that day; each with its travel.
   */
  async suggestions(orderId: string, limit: number, now = new Date(), explain = false): Promise<Availability<SuggestedSlot>> {
    const window = { start: now, end: addMinutes(now, days(MAX_SEARCH_DAYS)) };
    const context = await this.context(orderId, window);
    const found = await this.search(context, window, now);
    const { agendas, runGrid: grid } = found;
    const { rules } = context.settings;
    const site = context.job.location;
    const bookedMinutesPerDay = new Map([...agendas].map(([id, agenda]) => [id, grid.totalsPerDay(agenda.bookings, durationMinutes)]));
    const travelOf = new Map<OfferedSlot, VisitTravel>();
    for (const slot of found.slots) {
      travelOf.set(slot, slotTravel(agendas.get(slot.engineerId)!, rules, site, slot.visits ?? [slot], grid));
    }
    const ranked = rankSuggestions(
      found.slots,
      (slot) => ({ addedTravelKm: travelOf.get(slot)!.addedTravelKm, bookedMinutes: bookedMinutesPerDay.get(slot.engineerId)![grid.dayIndexOf(slot.start)]! }),
      limit,
    );
    const slots = ranked.map((slot): SuggestedSlot => {
      const travel = travelOf.get(slot)!;
      return { ...slot, travel: { ...travel, addedTravelKm: roundKm(travel.addedTravelKm) } };
    });
    const suggestions: Availability<SuggestedSlot> = { durationMinutes: context.job.durationMinutes, slots };
    if (explain) suggestions.explanation = await this.explain(context, found, window, now);
    return suggestions;
  }

  private async context(orderId: string, window: Interval, engineerId?: string): Promise<SearchContext> {
    const [job, settings] = await Promise.all([this.inputs.bookableJob(orderId), this.inputs.settings()]);
    const timeOffWindow = { start: window.start, end: addMinutes(window.end, days(TIME_OFF_REACH_DAYS)) };
    const commitments = (await this.inputs.eligibleCommitments(job, timeOffWindow))
      .filter(({ engineer }) => !engineerId || engineer.id === engineerId)
      .sort((a, b) => byNameThenId(a.engineer, b.engineer));
    const engineers = commitments.map(({ engineer }) => engineer);
    assertWorkFitsSomeSpan(job, engineers.map((engineer) => engineer.workingHours ?? settings.defaultWorkingHours));
    return { job, settings, engineers, commitments, timeOffWindow };
  }

  private async search({ job, settings, engineers, commitments, timeOffWindow }: SearchContext, window: Interval, now: Date): Promise<WindowSearch> {
    const hoursOf = (engineer: SchedulableEngineer) => engineer.workingHours ?? settings.defaultWorkingHours;
    // Work longer than an engineer's every span is offered as runs of visits, which reach past
    // the window: their agendas and calendar are read as far as the longest run could go.
    const { slotMinutes } = settings.rules;
    const horizonDays = Math.max(
      0,
      ...engineers.map((engineer) => (needsSeveralVisits(job.durationMinutes, hoursOf(engineer)) ? runHorizonDays(job.durationMinutes, hoursOf(engineer), slotMinutes) : 0)),
    );
    const agendaWindow = horizonDays > 0 ? { start: window.start, end: addMinutes(window.end, days(horizonDays + 1)) } : window;
    const withTimeOff = contains(timeOffWindow, agendaWindow) ? commitments : await this.inputs.commitments(engineers, agendaWindow);
    const agendas = await this.inputs.searchAgendas(withTimeOff, settings.defaultWorkingHours, agendaWindow, job.orderId);
    const calendar = new BusinessCalendar(settings.rules.timezone);
    const grid = new SlotGrid(calendar, window, slotMinutes);
    const runGrid = horizonDays > 0 ? new SlotGrid(calendar, agendaWindow, slotMinutes) : grid;
    const search = { window, durationMinutes: job.durationMinutes, now, site: job.location };

    const durationMs = job.durationMinutes * MINUTE_MS;
    const slots: OfferedSlot[] = [];
    for (const engineer of engineers) {
      const agenda = agendas.get(engineer.id)!;
      if (needsSeveralVisits(job.durationMinutes, agenda.workingHours)) {
        for (const visits of findRuns(agenda, settings.rules, search, runGrid)) {
          slots.push({ engineerId: engineer.id, engineerName: engineer.name, start: visits[0]!.start, end: visits[visits.length - 1]!.end, visits });
        }
        continue;
      }
      const starts = findSlots(agenda, settings.rules, search, grid);
      // Indexed: iterating the numbers with for...of allocated for every slot.
      for (let index = 0; index < starts.length; index += 1) {
        slots.push({ engineerId: engineer.id, engineerName: engineer.name, start: starts[index]!, end: starts[index]! + durationMs });
      }
    }
    return { slots, agendas, search, grid, runGrid };
  }

  /**
   * Every engineer considered (all of them, or `engineerId`) and left out, by name, with the
   * first rule that excluded them: who they are (skills, area, active), then their agenda. A
   * window wholly before the earliest start (the lead time) leaves everybody out alike, by no
   * rule of theirs: nobody is listed for it.
   */
  private async explain(context: SearchContext, found: WindowSearch, window: Interval, now: Date, engineerId?: string): Promise<AvailabilityExplanation> {
    const { rules } = context.settings;
    const earliestStart = now.getTime() + rules.minLeadHours * 60 * MINUTE_MS;
    const reachable = window.end.getTime() > earliestStart;
    const offered = new Set(found.slots.map((slot) => slot.engineerId));
    const offersSomething = (agenda: EngineerAgenda) =>
      needsSeveralVisits(context.job.durationMinutes, agenda.workingHours)
        ? findRuns(agenda, rules, found.search, found.runGrid).length > 0
        : findSlots(agenda, rules, found.search, found.grid).length > 0;
    const excluded: EngineerExclusion[] = [];
    for (const { engineer, ineligible } of await this.inputs.eligibility(context.job, engineerId)) {
      const agenda = found.agendas.get(engineer.id);
      const reason = ineligible ?? (agenda && reachable && !offered.has(engineer.id) ? agendaExclusion(agenda, offersSomething) : null);
      if (reason) excluded.push({ engineerId: engineer.id, engineerName: engineer.name, reason });
    }
    const explanation: AvailabilityExplanation = { excluded };
    if (found.slots.length === 0) explanation.nextAvailableDate = await this.nextAvailableDate(context, window.end, now);
    return explanation;
  }

  /** The local date of the earliest slot anyone has in the look-ahead after `from`, searched a fortnight at a time; null for none. */
  private async nextAvailableDate(context: SearchContext, from: Date, now: Date): Promise<string | null> {
    if (context.engineers.length === 0) return null;
    for (let offset = 0; offset < NEXT_AVAILABLE_LOOKAHEAD_DAYS; offset += LOOKAHEAD_STEP_DAYS) {
      const window = { start: addMinutes(from, days(offset)), end: addMinutes(from, days(Math.min(offset + LOOKAHEAD_STEP_DAYS, NEXT_AVAILABLE_LOOKAHEAD_DAYS))) };
      const { slots } = await this.search(context, window, now);
      if (slots.length > 0) {
        const first = slots.reduce((earliest, slot) => Math.min(earliest, slot.start), Infinity);
        return new BusinessCalendar(context.settings.rules.timezone).dateOf(new Date(first));
      }
    }
    return null;
  }
}

/**
 * Work that no engineer could fit into `MAX_VISITS` visits of their longest span can never be
 * booked: say so rather than offer nothing. Anything shorter is offered in one visit or as a run.
 */
export function assertWorkFitsSomeSpan(job: InstallationJob, hours: WorkingHours[]): void {
  if (hours.length === 0) return;
  // Most engineers share the default hours, the very same object.
  const distinct = [...new Set(hours)];
  if (distinct.some((candidate) => fitsSomeRun(job.durationMinutes, candidate))) return;
  throw new WorkLongerThanWorkingSpanError(job.durationMinutes, Math.max(...distinct.map(longestSpanMinutes)), MAX_VISITS);
}
