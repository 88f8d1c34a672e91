import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { UnitOfWork } from '@app/common';
import { CreateEngineerTimeOffDto } from './dto/create-engineer-time-off.dto';
import { EngineerTimeOff } from './engineer.model';
import { EngineerNotFoundError, EngineerTimeOffNotFoundError } from './engineers.errors';
import { EngineersRepository } from './engineers.repository';

@Injectable()
export class EngineerTimeOffService {
  constructor(
    private readonly engineersRepository: EngineersRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** All of the engineer's time off, earliest first. */
  async list(engineerId: string): Promise<EngineerTimeOff[]> {
    await this.requireEngineer(engineerId);
    return this.engineersRepository.findTimeOff(engineerId);
  }

  create(engineerId: string, dto: CreateEngineerTimeOffDto): Promise<EngineerTimeOff> {
    return this.unitOfWork.run(async (manager) => {
      await this.requireEngineer(engineerId, manager);
      return this.engineersRepository.insertTimeOff(
        { engineerId, start: new Date(dto.start), end: new Date(dto.end), reason: dto.reason ?? null },
        manager,
      );
    });
  }

  remove(engineerId: string, timeOffId: string): Promise<void> {
    return this.unitOfWork.run(async (manager) => {
      await this.requireEngineer(engineerId, manager);
      const deleted = await this.engineersRepository.deleteTimeOff(engineerId, timeOffId, manager);
      if (!deleted) throw new EngineerTimeOffNotFoundError(timeOffId);
    });
  }

  private async requireEngineer(engineerId: string, manager?: EntityManager): Promise<void> {
    if (!(await this.engineersRepository.exists(engineerId, manager))) throw new EngineerNotFoundError(engineerId);
  }
}
