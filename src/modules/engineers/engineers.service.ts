import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, Page, UnitOfWork, normaliseWorkingHours, toPage } from '@app/common';
import { Announcements } from '../../redis/announcements';
import { CreateEngineerDto } from './dto/create-engineer.dto';
import { ListEngineersQueryDto } from './dto/list-engineers-query.dto';
import { UpdateEngineerDto } from './dto/update-engineer.dto';
import { EngineerParticipants } from './engineer-participants';
import { CandidateWithTimeOff, ENGINEERS_CHANGED, Engineer, EngineerCandidateFilter, EngineerChanges, EngineerEligibility, EngineerTimeOff, SchedulableEngineer } from './engineer.model';
import { coveringAreas } from './postcode-area';
import { EngineerNotFoundError } from './engineers.errors';
import { EngineersRepository } from './engineers.repository';
import { normaliseSkill } from './skill';

/** What a scheduler asks for: who can do this kind of job at this place. */
export interface SchedulingCriteria {
  /** Postcode area or district of the job, any case (`sw1a`, `M1`). */
  area: string;
  /** Product categories to install (`dashcam`): the engineer needs every one. */
  skills: string[];
}

function activeCandidates(criteria: SchedulingCriteria): EngineerCandidateFilter {
  return { active: true, area: criteria.area, skills: criteria.skills.map((skill) => normaliseSkill(skill)) };
}

@Injectable()
export class EngineersService {
  constructor(
    private readonly engineersRepository: EngineersRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly participants: EngineerParticipants,
    private readonly clock: Clock,
    private readonly announcements: Announcements,
  ) {}

  /** The engineer, or a 404 problem; through `manager`, as a transaction holding their agenda lock sees them. */
  async getById(id: string, manager?: EntityManager): Promise<Engineer> {
    const engineer = await this.engineersRepository.findById(id, manager);
    if (!engineer) throw new EngineerNotFoundError(id);
    return engineer;
  }

  async list(query: ListEngineersQueryDto): Promise<Page<Engineer>> {
    const { limit, cursor, ...filter } = query;
    const rows = await this.engineersRepository.findPage(filter, { limit, cursor });
    return toPage(rows, limit, (engineer) => engineer);
  }

  /**
   * Active engineers with every skill whose coverage includes the area or district, by name.
   * A postcode of the wrong shape is covered by nobody. Availability (working hours, time
   * off, existing jobs) is left to the caller.
   */
  findActiveForScheduling(criteria: SchedulingCriteria): Promise<SchedulableEngineer[]> {
    return this.engineersRepository.findCandidates(activeCandidates(criteria));
  }

  /** As `findActiveForScheduling`, each with their time off overlapping `period`, in one read. */
  findActiveForSchedulingWithTimeOff(criteria: SchedulingCriteria, period: { start: Date; end: Date }): Promise<CandidateWithTimeOff[]> {
    return this.engineersRepository.findCandidatesWithTimeOff(activeCandidates(criteria), period);
  }

  /**
   * Every engineer (or only `engineerId`), by name, each with the first reason they could not
   * take such a job (`NOT_SKILLED`, `OUTSIDE_AREA`, `INACTIVE`, in that order) or null for a
   * candidate: the same rules as `findActiveForScheduling`, spelt out for "why no slot".
   */
  async eligibilityFor(criteria: SchedulingCriteria, engineerId?: string): Promise<EngineerEligibility[]> {
    const skills = criteria.skills.map((skill) => normaliseSkill(skill));
    const covering = new Set(coveringAreas(criteria.area));
    return (await this.engineersRepository.findAllWithCoverage(engineerId)).map((engineer) => ({
      engineer: {
        id: engineer.id,
        name: engineer.name,
        workingHours: engineer.workingHours,
        maxJobsPerDay: engineer.maxJobsPerDay,
        homeLocation: engineer.homeBase?.location ?? null,
      },
      ineligible:
        skills.length === 0 || !skills.every((skill) => engineer.skills.includes(skill))
          ? 'NOT_SKILLED'
          : !engineer.areas.some((area) => covering.has(area))
            ? 'OUTSIDE_AREA'
            : !engineer.active
              ? 'INACTIVE'
              : null,
    }));
  }

  /**
   * Active engineers, by name, optionally only those covering an area or district and having
   * a skill: a dispatcher's board of the team.
   */
  findActiveForBoard(filter: { area?: string; skill?: string }): Promise<SchedulableEngineer[]> {
    return this.engineersRepository.findCandidates({
      active: true,
      area: filter.area,
      skills: filter.skill === undefined ? [] : [normaliseSkill(filter.skill)],
    });
  }

  /**
   * Time off of these engineers overlapping the half-open period, earliest first: it blocks
   * their calendars. Pass the manager of a transaction that holds the engineers' agenda
   * locks to read what no concurrent time off can change.
   */
  findTimeOffOverlapping(engineerIds: string[], period: { start: Date; end: Date }, manager?: EntityManager): Promise<EngineerTimeOff[]> {
    return this.engineersRepository.findTimeOffOverlapping(engineerIds, period, manager);
  }

  create(dto: CreateEngineerDto): Promise<Engineer> {
    const created = this.unitOfWork.run((manager) =>
      this.engineersRepository.insert(
        {
          name: dto.name,
          email: dto.email,
          phone: dto.phone,
          skills: dto.skills,
          areas: dto.areas,
          workingHours: dto.workingHours ? normaliseWorkingHours(dto.workingHours) : null,
          maxJobsPerDay: dto.maxJobsPerDay ?? null,
          homeBase: dto.homeBase ?? null,
          active: dto.active ?? true,
        },
        manager,
      ),
    );
    return this.announcements.afterCommit(created, ENGINEERS_CHANGED);
  }

  update(id: string, dto: UpdateEngineerDto): Promise<Engineer> {
    const { workingHours, ...fields } = dto;
    const changes: EngineerChanges = { ...fields };
    if (workingHours !== undefined) changes.workingHours = workingHours && normaliseWorkingHours(workingHours);
    return this.applyChanges(id, changes);
  }

  /**
   * Keeps the row (past jobs still name the engineer) but stops offering them for new work.
   * Refused while they are booked for work that has not ended (`EngineerHasBookingsError`).
   */
  async deactivate(id: string): Promise<void> {
    await this.applyChanges(id, { active: false });
  }

  private applyChanges(id: string, changes: EngineerChanges): Promise<Engineer> {
    const changed = this.unitOfWork.run(async (manager) => {
      if (changes.active === false) await this.assertNoFutureWork(id, manager);
      const engineer = await this.engineersRepository.update(id, changes, manager);
      if (!engineer) throw new EngineerNotFoundError(id);
      return engineer;
    });
    return this.announcements.afterCommit(changed, ENGINEERS_CHANGED);
  }

  /** Under the agenda lock that booking writes take, so none commits between the check and the change. */
  private async assertNoFutureWork(id: string, manager: EntityManager): Promise<void> {
    await this.participants.forEach((participant) => participant.lockAgenda(id, manager));
    const now = this.clock.now();
    await this.participants.forEach((participant) => participant.assertNoFutureWork(id, now, manager));
  }
}
