import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { UnitOfWork, WorkingHours, normaliseWorkingHours } from '@app/common';
import { Announcement, Announcements } from '../../redis/announcements';
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
  /** Road distance over great-circle distance, for travel between located places. */
  roadFactor: number;
  averageSpeedKmh: number;
  /** On: an engineer's first visit of a day leaves room to travel from their home base. */
  travelFromHome: boolean;
  defaultWorkingHours: WorkingHours;
  /** Working days a standard order may wait for its booking. */
  bookWithinWorkingDays: number;
  /** Working days an urgent order may wait for its booking. */
  urgentBookWithinWorkingDays: number;
  /** How long a hold keeps a slot for a checkout. */
  holdMinutes: number;
  /** Hours before the first visit after which a customer can no longer cancel or move it through their link. */
  customerChangeCutoffHours: number;
  updatedAt: Date;
}

// The row is created by the first migration; its absence means a broken database, a 500.
function requireRow(settings: SettingsEntity | null): SettingsEntity {
  if (!settings) throw new Error('The settings row is missing: run the migrations');
  return settings;
}

/**
 * Every availability search and booking reads the settings, which change rarely. A change is
 * announced to every instance and seen at once; one that misses the announcement (cut off
 * from Redis) sees it within about this time.
 */
export const SETTINGS_CACHE_MS = 5_000;

const SETTINGS_CHANGED: Announcement = { kind: 'data-changed', data: 'settings' };

interface CachedSettings {
  settings: Promise<BusinessSettings>;
  expiresAt: number;
  /** The read that will replace this entry, once it is under way. */
  refresh?: Promise<unknown>;
}

@Injectable()
export class SettingsService implements OnApplicationBootstrap {
  private cached: CachedSettings | null = null;

  constructor(
    private readonly settingsRepository: SettingsRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly announcements: Announcements,
  ) {
    this.announcements.listen((announcement) => {
      if (announcement.kind === 'data-changed' && announcement.data === 'settings') this.cached = null;
    });
  }

  /**
   * Read once before the first request: only a cold cache makes a caller inside a transaction
   * wait for a read on another connection. A failed read (database down) leaves it cold.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.current().catch(() => undefined);
  }

  /**
   * Shared between callers: read it, never change it. Once read, an expired entry keeps
   * answering while one read in the background replaces it. Callers ask inside their
   * transactions: had each waited for a fresh read, ten of them holding the ten pooled
   * connections would have waited for an eleventh until the pool gave up (503s under load).
   */
  current(): Promise<BusinessSettings> {
    const now = performance.now();
    const cached = this.cached;
    if (!cached) return this.read(now).settings;
    if (now >= cached.expiresAt) cached.refresh ??= this.refreshAfter(cached, now);
    return cached.settings;
  }

  /** The promise is kept rather than the row, so concurrent callers share one read. */
  private read(now: number): CachedSettings {
    const entry: CachedSettings = { settings: this.settingsRepository.findCurrent().then(requireRow), expiresAt: now + SETTINGS_CACHE_MS };
    this.cached = entry;
    entry.settings.catch(() => {
      if (this.cached === entry) this.cached = null;
    });
    return entry;
  }

  private refreshAfter(stale: CachedSettings, now: number): Promise<unknown> {
    const settings = this.settingsRepository.findCurrent().then(requireRow);
    return settings.then(
      () => {
        if (this.cached === stale) this.cached = { settings, expiresAt: now + SETTINGS_CACHE_MS };
      },
      // The stale entry answers on; the next caller after this failure tries again.
      () => {
        if (this.cached === stale) stale.refresh = undefined;
      },
    );
  }

  async update(changes: UpdateSettingsDto): Promise<BusinessSettings> {
    const updated = await this.unitOfWork.run(async (manager) => {
      const settings = requireRow(await this.settingsRepository.findCurrent(manager));
      const { defaultWorkingHours, ...scalars } = changes;
      Object.assign(settings, scalars);
      if (defaultWorkingHours) settings.defaultWorkingHours = normaliseWorkingHours(defaultWorkingHours);
      return this.settingsRepository.save(settings, manager);
    });
    // Only after the commit (announcing drops the cache here too): a read that started before it may still return the old row.
    await this.announcements.announce(SETTINGS_CHANGED);
    return updated;
  }
}
