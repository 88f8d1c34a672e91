import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { applyKeysetPage, isUniqueViolation, lockedForUpdate, violatedConstraint } from '@app/common';
import { UserEntity } from './entities/user.entity';
import { UserFilter } from './user.model';
import { EngineerAlreadyLinkedError, UserEmailTakenError } from './users.errors';

/** PostgreSQL names the index; SQLite names the column ("UNIQUE constraint failed: users.email"). */
function violates(error: unknown, index: string, column: string): boolean {
  const constraint = violatedConstraint(error);
  return isUniqueViolation(error) && (constraint === index || constraint.includes(`users.${column}`));
}

/** Every query on the users table. Writes take the caller's transaction manager. */
@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  private repository(manager?: EntityManager): Repository<UserEntity> {
    return manager ? manager.getRepository(UserEntity) : this.users;
  }

  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repository(manager).findOneBy({ id });
  }

  /** Names by id, in one query; unknown ids are absent. */
  async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.users.find({ select: { id: true, name: true }, where: { id: In([...ids]) } });
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email });
  }

  findByEngineer(engineerId: string, manager: EntityManager): Promise<UserEntity | null> {
    return this.repository(manager).findOneBy({ engineerId });
  }

  /** Newest first; returns up to `limit + 1` rows for `toPage`. */
  findPage(filter: UserFilter, page: { limit: number; cursor?: string }): Promise<UserEntity[]> {
    const query = this.users.createQueryBuilder('user');
    if (filter.role) query.andWhere('user.role = :role', { role: filter.role });
    if (filter.active !== undefined) query.andWhere('user.active = :active', { active: filter.active });
    return applyKeysetPage(query, page).getMany();
  }

  async isEmpty(manager?: EntityManager): Promise<boolean> {
    return !(await this.repository(manager).exists());
  }

  /**
   * Ids of the active admins, locked until the transaction ends on PostgreSQL (SQLite
   * transactions run one at a time), so two concurrent demotions cannot both see another admin left.
   */
  async lockActiveAdminIds(manager: EntityManager): Promise<string[]> {
    const query = manager
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .select('user.id')
      .where("user.role = 'admin'")
      .andWhere('user.active = :active', { active: true })
      .orderBy('user.id', 'ASC');
    return (await lockedForUpdate(query).getMany()).map((user) => user.id);
  }

  build(values: Omit<UserEntity, 'id' | 'createdAt' | 'updatedAt'>): UserEntity {
    return this.users.create(values);
  }

  /** The unique indexes settle two concurrent claims to one e-mail or one engineer. */
  async save(user: UserEntity, manager: EntityManager): Promise<UserEntity> {
    try {
      return await manager.getRepository(UserEntity).save(user);
    } catch (error) {
      if (violates(error, 'uq_users_email', 'email')) throw new UserEmailTakenError(user.email);
      if (violates(error, 'uq_users_engineer', 'engineer_id')) throw new EngineerAlreadyLinkedError(user.engineerId!);
      throw error;
    }
  }
}
