import { UnitOfWork, WorkingHours } from '@app/common';
import { SettingsEntity } from './entities/settings.entity';
import { SETTINGS_CACHE_MS, SettingsService } from './settings.service';
import { SettingsRepository } from './settings.repository';
import type { Announcements } from '../../redis/announcements';
import { localAnnouncements } from '../../redis/announcements.fixtures';

const NO_HOURS: WorkingHours = { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] };

function row(slotMinutes: number): SettingsEntity {
  return Object.assign(new SettingsEntity(), {
    timezone: 'Europe/London',
    currency: 'GBP',
    slotMinutes,
    minLeadHours: 24,
    travelBufferMinutes: 30,
    roadFactor: 1.3,
    averageSpeedKmh: 40,
    travelFromHome: false,
    holdMinutes: 10,
    defaultWorkingHours: NO_HOURS,
  });
}

describe('SettingsService', () => {
  let stored: SettingsEntity;
  let findCurrent: jest.Mock<Promise<SettingsEntity | null>, []>;
  let service: SettingsService;
  let announcements: Announcements;

  beforeEach(() => {
    jest.useFakeTimers();
    stored = row(30);
    findCurrent = jest.fn(() => Promise.resolve(row(stored.slotMinutes)));
    const repository = {
      findCurrent,
      save: (settings: SettingsEntity) => Promise.resolve((stored = settings)),
    } as unknown as SettingsRepository;
    const unitOfWork = { run: (work: (manager: unknown) => Promise<unknown>) => work({}) } as unknown as UnitOfWork;
    announcements = localAnnouncements();
    service = new SettingsService(repository, unitOfWork, announcements);
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('reads the row once for concurrent and later callers until the cache expires', async () => {
    const [first, second] = await Promise.all([service.current(), service.current()]);
    jest.advanceTimersByTime(SETTINGS_CACHE_MS - 1);
    expect(await service.current()).toBe(first);
    expect(second).toBe(first);
    expect(findCurrent).toHaveBeenCalledTimes(1);

    jest.advanceTimersByTime(1);
    await service.current();
    expect(findCurrent).toHaveBeenCalledTimes(2);
  });

  it('answers an expired entry at once while one read replaces it, so a caller in a transaction never waits for a connection', async () => {
    const first = await service.current();
    stored = row(15);
    let release: (settings: SettingsEntity) => void = () => undefined;
    findCurrent.mockImplementationOnce(() => new Promise((resolve) => (release = resolve)));
    jest.advanceTimersByTime(SETTINGS_CACHE_MS);
    const whileReading = await Promise.all([service.current(), service.current(), service.current()]);
    expect(whileReading).toEqual([first, first, first]);
    expect(findCurrent).toHaveBeenCalledTimes(2);
    release(row(15));
    await Promise.resolve();
    await Promise.resolve();
    expect((await service.current()).slotMinutes).toBe(15);
    expect(findCurrent).toHaveBeenCalledTimes(2);
  });

  it('keeps answering the expired entry when its replacement fails, and tries again on the next call', async () => {
    const first = await service.current();
    findCurrent.mockRejectedValueOnce(new Error('connection lost'));
    jest.advanceTimersByTime(SETTINGS_CACHE_MS);
    expect(await service.current()).toBe(first);
    await Promise.resolve();
    await Promise.resolve();
    expect(await service.current()).toBe(first);
    expect(findCurrent).toHaveBeenCalledTimes(3);
  });

  it('answers with a change made through this instance at once', async () => {
    await service.current();
    await service.update({ slotMinutes: 15 });
    expect((await service.current()).slotMinutes).toBe(15);
  });

  it('reads again at once when another instance announces a change', async () => {
    await service.current();
    stored = row(20);
    await announcements.announce({ kind: 'data-changed', data: 'settings' });
    expect((await service.current()).slotMinutes).toBe(20);
    await announcements.announce({ kind: 'data-changed', data: 'engineers' });
    expect(findCurrent).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed read', async () => {
    findCurrent.mockRejectedValueOnce(new Error('connection lost'));
    await expect(service.current()).rejects.toThrow('connection lost');
    expect((await service.current()).slotMinutes).toBe(30);
  });
});
