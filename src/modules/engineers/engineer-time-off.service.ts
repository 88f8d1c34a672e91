import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { UnitOfWork } from '@app/common';
import { Announcements } from '../../redis/announcements';
import { CreateEngineerTimeOffDto } from './dto/create-engineer-time-off.dto';
import { EngineerParticipants, Period } from './engineer-participants';
import { EngineerTimeOff } from './engineer.model';
import { EngineerNotFoundError, EngineerTimeOffNotFoundError, TimeOffOverlapsError } from './engineers.errors';
import { ENGINEERS_CHANGED } from './engineer.model';
import { EngineersRepository } from './engineers.repository';

@Injectable()
export class EngineerTimeOffService {
  constructor(
    private readonly engineersRepository: EngineersRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly participants: EngineerParticipants,
    private readonly announcements: Announcements,
  ) {}

  /** All of the engineer's time off, earliest first. */
  async list(engineerId: string): Promise<EngineerTimeOff[]> {
    await this.requireEngineer(engineerId);
    return this.engineersRepository.findTimeOff(engineerId);
  }

  /**
   * Refused when it overlaps the engineer's other time off (`TimeOffOverlapsError`: entries are
   * never merged) or work booked for them (`TimeOffOverlapsBookingsError`). Checked and written
   * under the engineer's agenda lock, the one bookings take, so neither can slip in meanwhile.
   */
  create(engineerId: string, dto: CreateEngineerTimeOffDto): Promise<EngineerTimeOff> {
    const period: Period = { start: new Date(dto.start), end: new Date(dto.end) };
    const created = this.unitOfWork.run(async (manager) => {
      await this.participants.forEach((participant) => participant.lockAgenda(engineerId, manager));
      await this.requireEngineer(engineerId, manager);
      const [overlapping] = await this.engineersRepository.findTimeOffOverlapping([engineerId], period, manager);
      if (overlapping) throw new TimeOffOverlapsError(overlapping);
      await this.participants.forEach((participant) => participant.assertTimeOffFree(engineerId, period, manager));
      return this.engineersRepository.insertTimeOff({ engineerId, ...period, reason: dto.reason ?? null }, manager);
    });
    return this.announcements.afterCommit(created, ENGINEERS_CHANGED);
  }

  remove(engineerId: string, timeOffId: string): Promise<void> {
    const removed = this.unitOfWork.run(async (manager) => {
      await this.requireEngineer(engineerId, manager);
      const deleted = await this.engineersRepository.deleteTimeOff(engineerId, timeOffId, manager);
      if (!deleted) throw new EngineerTimeOffNotFoundError(timeOffId);
    });
    return this.announcements.afterCommit(removed, ENGINEERS_CHANGED);
  }

  private async requireEngineer(engineerId: string, manager?: EntityManager): Promise<void> {
    if (!(await this.engineersRepository.exists(engineerId, manager))) throw new EngineerNotFoundError(engineerId);
  }
}
