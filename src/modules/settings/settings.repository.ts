import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { SettingsEntity } from './entities/settings.entity';

@Injectable()
export class SettingsRepository {
  constructor(@InjectRepository(SettingsEntity) private readonly settings: Repository<SettingsEntity>) {}

  /** The one settings row, created by the first migration. */
  async findCurrent(manager?: EntityManager): Promise<SettingsEntity | null> {
    const repository = manager ? manager.getRepository(SettingsEntity) : this.settings;
    const [row] = await repository.find({ order: { createdAt: 'ASC' }, take: 1 });
    return row ?? null;
  }

  save(settings: SettingsEntity, manager: EntityManager): Promise<SettingsEntity> {
    return manager.getRepository(SettingsEntity).save(settings);
  }
}
