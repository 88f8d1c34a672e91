import { Injectable, OnModuleInit } from '@nestjs/common';
import { Page, ResourceNotFoundError, UnitOfWork, toPage } from '@app/common';
import { Announcements } from '../../redis/announcements';
import { EngineersService } from '../engineers/engineers.service';
import { ActiveUsersCache } from './active-users.cache';
import { UserEntity } from './entities/user.entity';
import { PasswordHasher } from './password-hasher';
import { assertEngineerLink } from './user-rules';
import { NewUser, User, UserChanges, UserFilter } from './user.model';
import { LastAdminError, LinkedEngineerNotFoundError, UserEmailTakenError, UserNotFoundError } from './users.errors';
import { UsersRepository } from './users.repository';

function toUser(row: UserEntity): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    engineerId: row.engineerId,
    active: row.active,
    tokenVersion: row.tokenVersion,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class UsersService implements OnModuleInit {
  constructor(
    private readonly usersRepository: UsersRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly passwords: PasswordHasher,
    private readonly engineersService: EngineersService,
    private readonly activeUsers: ActiveUsersCache,
    private readonly announcements: Announcements,
  ) {}

  /** A change made through any instance is read again at once by every instance. */
  onModuleInit(): void {
    this.announcements.listen((announcement) => {
      if (announcement.kind === 'user-changed') this.activeUsers.evict(announcement.userId);
    });
  }

  async getById(id: string): Promise<User> {
    const row = await this.usersRepository.findById(id);
    if (!row) throw new UserNotFoundError(id);
    return toUser(row);
  }

  /** Users' names by id, in one query, for audit trails; unknown ids are absent. */
  namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    return this.usersRepository.namesOf(ids);
  }

  async list(filter: UserFilter, page: { limit: number; cursor?: string }): Promise<Page<User>> {
    return toPage(await this.usersRepository.findPage(filter, page), page.limit, toUser);
  }

  async create(input: NewUser): Promise<User> {
    const engineerId = input.engineerId ?? null;
    assertEngineerLink(input.role, engineerId);
    if (engineerId) await this.assertEngineerExists(engineerId);
    // Hashed before the transaction: it is the slow part and needs no lock.
    const passwordHash = await this.passwords.hash(input.password);
    return this.unitOfWork.run(async (manager) => {
      const user = this.usersRepository.build({
        email: normaliseEmail(input.email),
        name: input.name,
        passwordHash,
        role: input.role,
        engineerId,
        active: true,
        tokenVersion: 1,
      });
      return toUser(await this.usersRepository.save(user, manager));
    });
  }

  /**
   * Changes role, engineer link or active flag. Leaving the engineer role drops the link.
   * Deactivating ends every session; the last active admin can be neither demoted nor deactivated.
   */
  async update(id: string, changes: UserChanges): Promise<User> {
    if (changes.engineerId) await this.assertEngineerExists(changes.engineerId);
    const updated = await this.unitOfWork.run(async (manager) => {
      const activeAdminIds = await this.usersRepository.lockActiveAdminIds(manager);
      const user = await this.usersRepository.findById(id, manager);
      if (!user) throw new UserNotFoundError(id);
      const role = changes.role ?? user.role;
      const engineerId = changes.engineerId !== undefined ? changes.engineerId : role === 'engineer' ? user.engineerId : null;
      const active = changes.active ?? user.active;
      const name = changes.name ?? user.name;
      assertEngineerLink(role, engineerId);
      const stopsBeingAdmin = activeAdminIds.includes(user.id) && (role !== 'admin' || !active);
      if (stopsBeingAdmin && activeAdminIds.length === 1) throw new LastAdminError();
      if (user.active && !active) user.tokenVersion += 1;
      Object.assign(user, { name, role, engineerId, active });
      return toUser(await this.usersRepository.save(user, manager));
    });
    await this.announcements.announce({ kind: 'user-changed', userId: id });
    return updated;
  }

  async deactivate(id: string): Promise<void> {
    await this.update(id, { active: false });
  }

  /** Sets a new password and ends the user's sessions. */
  async resetPassword(id: string, password: string): Promise<void> {
    const passwordHash = await this.passwords.hash(password);
    await this.unitOfWork.run(async (manager) => {
      const user = await this.usersRepository.findById(id, manager);
      if (!user) throw new UserNotFoundError(id);
      Object.assign(user, { passwordHash, tokenVersion: user.tokenVersion + 1 });
      await this.usersRepository.save(user, manager);
    });
    await this.announcements.announce({ kind: 'user-changed', userId: id });
  }

  /**
   * The active user with this e-mail and password, or null. An unknown e-mail, a wrong
   * password and a deactivated user take the same time and give the same answer.
   */
  async findByCredentials(email: string, password: string): Promise<User | null> {
    const row = await this.usersRepository.findByEmail(normaliseEmail(email));
    const matches = await this.passwords.verify(row?.passwordHash ?? null, password);
    return row && matches && row.active ? toUser(row) : null;
  }

  /** The user behind a token, or null once deactivated. */
  async findActive(id: string): Promise<User | null> {
    const row = await this.usersRepository.findById(id);
    return row?.active ? toUser(row) : null;
  }

  /**
   * As `findActive`, for checking a request's access token: may answer from the last few
   * seconds (USER_CACHE_TTL_SECONDS), except after a change announced by any instance.
   */
  findActiveCached(id: string): Promise<User | null> {
    return this.activeUsers.get(id, (userId) => this.findActive(userId));
  }

  async anyExists(): Promise<boolean> {
    return !(await this.usersRepository.isEmpty());
  }

  /** At start-up: the first admin, when nobody can sign in yet. Returns whether one was created. */
  async createFirstAdmin({ email, name, password }: Omit<NewUser, 'role' | 'engineerId'>): Promise<boolean> {
    if (!(await this.usersRepository.isEmpty())) return false;
    const passwordHash = await this.passwords.hash(password);
    try {
      return await this.unitOfWork.run(async (manager) => {
        if (!(await this.usersRepository.isEmpty(manager))) return false;
        const admin = this.usersRepository.build({
          email: normaliseEmail(email),
          name,
          passwordHash,
          role: 'admin',
          engineerId: null,
          active: true,
          tokenVersion: 1,
        });
        await this.usersRepository.save(admin, manager);
        return true;
      });
    } catch (error) {
      // Another instance starting at the same time created the same admin first.
      if (error instanceof UserEmailTakenError) return false;
      throw error;
    }
  }

  private async assertEngineerExists(engineerId: string): Promise<void> {
    try {
      await this.engineersService.getById(engineerId);
    } catch (error) {
      if (error instanceof ResourceNotFoundError) throw new LinkedEngineerNotFoundError(engineerId);
      throw error;
    }
  }
}
