import { UnitOfWork } from '@app/common';
import { EntityManager } from 'typeorm';
import { EngineerParticipant, EngineerParticipants } from './engineer-participants';
import { EngineerTimeOffService } from './engineer-time-off.service';
import { EngineerTimeOff } from './engineer.model';
import { TimeOffOverlapsBookingsError, TimeOffOverlapsError } from './engineers.errors';
import { EngineersRepository } from './engineers.repository';
import { localAnnouncements } from '../../redis/announcements.fixtures';

const MANAGER = { name: 'the transaction' } as unknown as EntityManager;
const PERIOD = { start: '2030-01-07T09:00:00Z', end: '2030-01-07T17:00:00Z' };

describe('EngineerTimeOffService.create', () => {
  let calls: string[];
  let existing: EngineerTimeOff[];
  let participant: EngineerParticipant;
  let service: EngineerTimeOffService;

  beforeEach(() => {
    calls = [];
    existing = [];
    const repository = {
      exists: async () => (calls.push('exists'), true),
      findTimeOffOverlapping: async (_ids: string[], _period: unknown, manager: EntityManager) => {
        calls.push(`find time off${manager === MANAGER ? ' in the transaction' : ''}`);
        return existing;
      },
      insertTimeOff: async (timeOff: EngineerTimeOff) => (calls.push('insert'), { ...timeOff, id: 'new' }),
    } as unknown as EngineersRepository;
    participant = {
      lockAgenda: async (_id, manager) => void calls.push(`lock${manager === MANAGER ? ' in the transaction' : ''}`),
      assertTimeOffFree: async () => void calls.push('check bookings'),
      assertNoFutureWork: async () => undefined,
    };
    const participants = new EngineerParticipants();
    participants.register(participant);
    const unitOfWork = { run: (work: (manager: EntityManager) => Promise<unknown>) => work(MANAGER) } as unknown as UnitOfWork;
    service = new EngineerTimeOffService(repository, unitOfWork, participants, localAnnouncements());
  });

  it('takes the agenda lock first, then checks time off and bookings, then writes, all in one transaction', async () => {
    await service.create('engineer-1', PERIOD);
    expect(calls).toEqual(['lock in the transaction', 'exists', 'find time off in the transaction', 'check bookings', 'insert']);
  });

  it('refuses a period overlapping existing time off before asking about bookings', async () => {
    const [start, end] = [new Date(PERIOD.start), new Date(PERIOD.end)];
    existing = [{ id: 'off-1', engineerId: 'engineer-1', start, end, reason: null, createdAt: new Date() }];
    await expect(service.create('engineer-1', PERIOD)).rejects.toBeInstanceOf(TimeOffOverlapsError);
    expect(calls).not.toContain('check bookings');
    expect(calls).not.toContain('insert');
  });

  it('writes nothing when a participant refuses', async () => {
    participant.assertTimeOffFree = async () => {
      throw new TimeOffOverlapsBookingsError('engineer-1', []);
    };
    await expect(service.create('engineer-1', PERIOD)).rejects.toBeInstanceOf(TimeOffOverlapsBookingsError);
    expect(calls).not.toContain('insert');
  });
});
