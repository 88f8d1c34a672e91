import { Injectable } from '@nestjs/common';
import { UnitOfWork, WorkingHours, normaliseWorkingHours } from '@app/common';
import { UpdateSettingsDto } from './dto/update-settings.dto';
import { SettingsEntity } from './entities/settings.entity';
import { SettingsRepository } from './settings.repository';

/** What other modules need to schedule work: read through `SettingsService.current()`. */
export interface BusinessSettings {
  timezone: string;
  currency: string;
  slotMinutes: number;
  minLeadHours: number;
  travelBufferMinutes: number;
  defaultWorkingHours: WorkingHours;
  updatedAt: Date;
}

// The row is created by the first migration; its absence means a broken database, a 500.
function requireRow(settings: SettingsEntity | null): SettingsEntity {
  if (!settings) throw new Error('The settings row is missing: run the migrations');
  return settings;
}

@Injectable()
export class SettingsService {
  constructor(
    private readonly settingsRepository: SettingsRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async current(): Promise<BusinessSettings> {
    return requireRow(await this.settingsRepository.findCurrent());
  }

  update(changes: UpdateSettingsDto): Promise<BusinessSettings> {
    return this.unitOfWork.run(async (manager) => {
      const settings = requireRow(await this.settingsRepository.findCurrent(manager));
      const { defaultWorkingHours, ...scalars } = changes;
      Object.assign(settings, scalars);
      if (defaultWorkingHours) settings.defaultWorkingHours = normaliseWorkingHours(defaultWorkingHours);
      return this.settingsRepository.save(settings, manager);
    });
  }
}
