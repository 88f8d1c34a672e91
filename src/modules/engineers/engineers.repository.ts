import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { PlainRowReader, applyKeysetPage, applyTextSearch, geoPointOf, groupBy, isUniqueViolation, violatedConstraint } from '@app/common';
import { EngineerAreaEntity } from './entities/engineer-area.entity';
import { EngineerSkillEntity } from './entities/engineer-skill.entity';
import { EngineerTimeOffEntity } from './entities/engineer-time-off.entity';
import { EngineerEntity } from './entities/engineer.entity';
import {
  CandidateWithTimeOff,
  Engineer,
  EngineerCandidateFilter,
  EngineerChanges,
  EngineerFilter,
  EngineerTimeOff,
  HomeBase,
  NewEngineer,
  NewEngineerTimeOff,
  SchedulableEngineer,
} from './engineer.model';
import { EngineerEmailTakenError } from './engineers.errors';
import { coveringAreas } from './postcode-area';

interface EngineerCoverage {
  skills: string[];
  areas: string[];
}

/** PostgreSQL names the index; SQLite names the column ("UNIQUE constraint failed: engineers.email"). */
function isEmailConflict(error: unknown): boolean {
  const constraint = violatedConstraint(error);
  return isUniqueViolation(error) && (constraint === 'uq_engineers_email' || constraint.includes('engineers.email'));
}

function toEngineer(row: EngineerEntity, coverage: EngineerCoverage): Engineer {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    skills: coverage.skills,
    areas: coverage.areas,
    workingHours: row.workingHours,
    maxJobsPerDay: row.maxJobsPerDay,
    homeBase: homeBaseOf(row),
    active: row.active,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function homeBaseOf(row: EngineerEntity): HomeBase | null {
  if (row.homePostcode === null) return null;
  const location = geoPointOf(row.homeLat, row.homeLng);
  return { postcode: row.homePostcode, ...(location ? { location } : {}) };
}

/** The columns of a home base; null clears it. */
function homeBaseColumns(homeBase: HomeBase | null): Pick<EngineerEntity, 'homePostcode' | 'homeLat' | 'homeLng'> {
  return { homePostcode: homeBase?.postcode ?? null, homeLat: homeBase?.location?.lat ?? null, homeLng: homeBase?.location?.lng ?? null };
}

function toTimeOff(row: EngineerTimeOffEntity): EngineerTimeOff {
  return {
    id: row.id,
    engineerId: row.engineerId,
    start: row.startAt,
    end: row.endAt,
    reason: row.reason,
    createdAt: row.createdAt,
  };
}

const CANDIDATE_PROPERTIES = ['id', 'name', 'workingHours', 'maxJobsPerDay', 'homeLat', 'homeLng'] as const satisfies readonly (keyof EngineerEntity)[];

type CandidateRow = Pick<EngineerEntity, (typeof CANDIDATE_PROPERTIES)[number]>;

function toSchedulable({ homeLat, homeLng, ...row }: CandidateRow): SchedulableEngineer {
  return { ...row, homeLocation: geoPointOf(homeLat, homeLng) };
}

const EARLIEST_FIRST = { startAt: 'ASC', id: 'ASC' } as const;

interface CoverageEntry {
  engineerId: string;
  kind: 'skill' | 'area';
  value: string;
}

const engineerIdOf = (entry: CoverageEntry) => entry.engineerId;

/**
 * The filter as SQL on the `engineer` alias, in a form both the query builder and plain SQL
 * accept, so the paged list and the full candidate set cannot drift apart.
 */
function filterConditions(filter: EngineerFilter | EngineerCandidateFilter): { conditions: string[]; parameters: ObjectLiteral } {
  const conditions: string[] = [];
  const parameters: ObjectLiteral = {};
  if (filter.active !== undefined) {
    conditions.push('engineer.active = :active');
    parameters.active = filter.active;
  }
  const skills = 'skills' in filter ? filter.skills : filter.skill === undefined ? [] : [filter.skill];
  skills.forEach((skill, index) => {
    conditions.push(
      `EXISTS (SELECT 1 FROM engineer_skills skill_entry WHERE skill_entry.engineer_id = engineer.id AND skill_entry.skill = :skill${index})`,
    );
    parameters[`skill${index}`] = skill;
  });
  if (filter.area !== undefined) {
    const candidates = coveringAreas(filter.area);
    // A malformed place is covered by nobody, and `IN ()` is not valid SQL.
    if (candidates.length === 0) conditions.push('1 = 0');
    else {
      conditions.push(
        'EXISTS (SELECT 1 FROM engineer_areas area_entry WHERE area_entry.engineer_id = engineer.id AND area_entry.area IN (:...candidates))',
      );
      parameters.candidates = candidates;
    }
  }
  return { conditions, parameters };
}

/** The candidates' filter as a WHERE clause (empty for none) of explicit SQL over `"engineers" "engineer"`. */
function candidateWhere(filter: EngineerCandidateFilter): { where: string; parameters: ObjectLiteral } {
  const { conditions, parameters } = filterConditions(filter);
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', parameters };
}

/** Every query on the engineer tables. Writes take the caller's transaction manager. */
@Injectable()
export class EngineersRepository {
  private readonly candidateRows: PlainRowReader<CandidateRow>;
  private readonly timeOffRows: PlainRowReader<EngineerTimeOffEntity>;

  constructor(@InjectEntityManager() private readonly defaultManager: EntityManager) {
    const metadataOf = (entity: EntityTarget<ObjectLiteral>) => defaultManager.connection.getMetadata(entity);
    this.candidateRows = new PlainRowReader(defaultManager, metadataOf(EngineerEntity), 'engineer', CANDIDATE_PROPERTIES);
    this.timeOffRows = new PlainRowReader(defaultManager, metadataOf(EngineerTimeOffEntity), 't');
  }

  async findById(id: string, manager = this.defaultManager): Promise<Engineer | null> {
    const row = await manager.findOneBy(EngineerEntity, { id });
    if (!row) return null;
    const [engineer] = await this.withCoverage([row], manager);
    return engineer ?? null;
  }

  async exists(id: string, manager = this.defaultManager): Promise<boolean> {
    return manager.existsBy(EngineerEntity, { id });
  }

  /** Newest first, with one row beyond `limit` so the caller can tell whether a next page exists. */
  async findPage(filter: EngineerFilter, page: { limit: number; cursor?: string }): Promise<Engineer[]> {
    const rows = await applyKeysetPage(this.filtered(filter), page).getMany();
    return this.withCoverage(rows, this.defaultManager);
  }

  /**
   * Every match, by name: the whole candidate set rather than a page. Every availability
   * search reads its candidates here, so in one query, without the query builder and without
   * the coverage the filter has already checked.
   */
  async findCandidates(filter: EngineerCandidateFilter): Promise<SchedulableEngineer[]> {
    const { where, parameters } = candidateWhere(filter);
    const rows = await this.candidateRows.many(
      `SELECT ${this.candidateRows.selectList} FROM "engineers" "engineer" ${where} ORDER BY "engineer"."name", "engineer"."id"`,
      parameters,
    );
    return rows.map(toSchedulable);
  }

  /**
   * As `findCandidates`, each with their time off overlapping `period` by start, in one query
   * (an availability search needs both, and each query is a round trip).
   */
  async findCandidatesWithTimeOff(filter: EngineerCandidateFilter, period: { start: Date; end: Date }): Promise<CandidateWithTimeOff[]> {
    const { where, parameters } = candidateWhere(filter);
    const rows = await this.candidateRows.many(
      `SELECT ${this.candidateRows.selectList}, ${this.timeOffRows.qualifiedSelectList} FROM "engineers" "engineer"` +
        ` LEFT JOIN "engineer_time_off" "t" ON "t"."engineer_id" = "engineer"."id" AND "t"."start_at" < :periodEnd AND "t"."end_at" > :periodStart` +
        ` ${where} ORDER BY "engineer"."name", "engineer"."id", "t"."start_at", "t"."id"`,
      { ...parameters, periodStart: period.start, periodEnd: period.end },
    );
    const candidates: CandidateWithTimeOff[] = [];
    for (const row of rows) {
      if (candidates[candidates.length - 1]?.engineer.id !== row.id) candidates.push({ engineer: toSchedulable(row), timeOff: [] });
      const timeOff = this.timeOffRows.pick(row);
      if (timeOff) candidates[candidates.length - 1]!.timeOff.push(toTimeOff(timeOff));
    }
    return candidates;
  }

  /** Every engineer (or the one with `engineerId`) with coverage, by name: the few hundred an explanation goes through. */
  async findAllWithCoverage(engineerId?: string): Promise<Engineer[]> {
    const rows = await this.defaultManager.find(EngineerEntity, { where: engineerId ? { id: engineerId } : {}, order: { name: 'ASC', id: 'ASC' } });
    return this.withCoverage(rows, this.defaultManager);
  }

  async insert(engineer: NewEngineer, manager: EntityManager): Promise<Engineer> {
    const { skills, areas, homeBase, ...columns } = engineer;
    const row = await this.saveRow(manager.create(EngineerEntity, { ...columns, ...homeBaseColumns(homeBase) }), manager);
    await this.replaceCoverage(row.id, { skills, areas }, manager);
    return this.requireReload(row.id, manager);
  }

  /** Null when no engineer has that id. */
  async update(id: string, changes: EngineerChanges, manager: EntityManager): Promise<Engineer | null> {
    const row = await manager.findOneBy(EngineerEntity, { id });
    if (!row) return null;
    const { skills, areas, homeBase, ...columns } = changes;
    // Set explicitly: a change to skills or areas alone touches no engineers column, so the
    // entity's @BeforeUpdate would not run, yet the engineer has still changed.
    Object.assign(row, columns, homeBase === undefined ? {} : homeBaseColumns(homeBase), { updatedAt: new Date() });
    await this.saveRow(row, manager);
    await this.replaceCoverage(id, { skills, areas }, manager);
    return this.requireReload(id, manager);
  }

  async findTimeOff(engineerId: string): Promise<EngineerTimeOff[]> {
    const rows = await this.defaultManager.find(EngineerTimeOffEntity, { where: { engineerId }, order: EARLIEST_FIRST });
    return rows.map(toTimeOff);
  }

  /**
   * Time off of these engineers that overlaps the half-open period; served by (engineer_id,
   * start_at). Read by every availability search, so without the query builder; `manager`
   * reads it inside a transaction.
   */
  async findTimeOffOverlapping(
    engineerIds: string[],
    period: { start: Date; end: Date },
    manager = this.defaultManager,
  ): Promise<EngineerTimeOff[]> {
    if (engineerIds.length === 0) return [];
    const rows = await this.timeOffRows.many(
      `SELECT ${this.timeOffRows.selectList} FROM "engineer_time_off" "t" WHERE "t"."engineer_id" IN (:...engineerIds)` +
        ` AND "t"."start_at" < :end AND "t"."end_at" > :start ORDER BY "t"."start_at", "t"."id"`,
      { engineerIds, start: period.start, end: period.end },
      manager,
    );
    return rows.map(toTimeOff);
  }

  async insertTimeOff(timeOff: NewEngineerTimeOff, manager: EntityManager): Promise<EngineerTimeOff> {
    const { start, end, ...columns } = timeOff;
    return toTimeOff(await manager.save(manager.create(EngineerTimeOffEntity, { ...columns, startAt: start, endAt: end })));
  }

  /** False when the engineer has no time off with that id. */
  async deleteTimeOff(engineerId: string, timeOffId: string, manager: EntityManager): Promise<boolean> {
    const result = await manager.delete(EngineerTimeOffEntity, { id: timeOffId, engineerId });
    return (result.affected ?? 0) > 0;
  }

  private filtered(filter: EngineerFilter): SelectQueryBuilder<EngineerEntity> {
    const query = this.defaultManager.createQueryBuilder(EngineerEntity, 'engineer');
    const { conditions, parameters } = filterConditions(filter);
    for (const condition of conditions) query.andWhere(condition, parameters);
    // Two hundred engineers or so: a scan of the filtered rows is cheaper than keeping an index.
    if (filter.q) applyTextSearch(query, ['name', 'email', 'phone'], filter.q);
    return query;
  }

  private async saveRow(row: EngineerEntity, manager: EntityManager): Promise<EngineerEntity> {
    try {
      return await manager.save(row);
    } catch (error) {
      if (isEmailConflict(error)) throw new EngineerEmailTakenError(row.email);
      throw error;
    }
  }

  private async requireReload(id: string, manager: EntityManager): Promise<Engineer> {
    const engineer = await this.findById(id, manager);
    if (!engineer) throw new Error(`Engineer ${id} vanished inside its own transaction`);
    return engineer;
  }

  /** Skills and areas live in child tables; both are loaded for a whole page in one query. */
  private async withCoverage(rows: EngineerEntity[], manager: EntityManager): Promise<Engineer[]> {
    if (rows.length === 0) return [];
    const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(
      `SELECT "engineer_id" AS "engineerId", 'skill' AS "kind", "skill" AS "value" FROM "engineer_skills" WHERE "engineer_id" IN (:...engineerIds)` +
        ` UNION ALL SELECT "engineer_id", 'area', "area" FROM "engineer_areas" WHERE "engineer_id" IN (:...engineerIds)`,
      { engineerIds: rows.map((row) => row.id) },
    );
    const entries = (await manager.query(sql, parameters)) as CoverageEntry[];
    const skillsOf = groupBy(entries.filter((entry) => entry.kind === 'skill'), engineerIdOf, (entry) => entry.value);
    const areasOf = groupBy(entries.filter((entry) => entry.kind === 'area'), engineerIdOf, (entry) => entry.value);
    // Sorted here rather than in SQL: PostgreSQL's collation and SQLite's binary order
    // disagree on punctuation such as the hyphen in `fleet-camera`.
    return rows.map((row) =>
      toEngineer(row, { skills: (skillsOf.get(row.id) ?? []).sort(), areas: (areasOf.get(row.id) ?? []).sort() }),
    );
  }

  /** Only the lists given are replaced: an update that leaves out `areas` keeps them. */
  private async replaceCoverage(engineerId: string, coverage: Partial<EngineerCoverage>, manager: EntityManager) {
    if (coverage.skills) {
      await this.replaceEntries(EngineerSkillEntity, engineerId, coverage.skills.map((skill) => ({ engineerId, skill })), manager);
    }
    if (coverage.areas) {
      await this.replaceEntries(EngineerAreaEntity, engineerId, coverage.areas.map((area) => ({ engineerId, area })), manager);
    }
  }

  private async replaceEntries<Entry extends { engineerId: string }>(
    entity: EntityTarget<Entry>,
    engineerId: string,
    entries: QueryDeepPartialEntity<Entry>[],
    manager: EntityManager,
  ): Promise<void> {
    await manager.delete(entity, { engineerId } as FindOptionsWhere<Entry>);
    if (entries.length > 0) await manager.insert(entity, entries);
  }
}
