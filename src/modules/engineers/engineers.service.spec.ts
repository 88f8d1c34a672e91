import { Clock, UnitOfWork } from '@app/common';
import { EntityManager } from 'typeorm';
import { EngineerParticipants } from './engineer-participants';
import { EngineerHasBookingsError } from './engineers.errors';
import { EngineersRepository } from './engineers.repository';
import { EngineersService } from './engineers.service';
import { localAnnouncements } from '../../redis/announcements.fixtures';

const MANAGER = { name: 'the transaction' } as unknown as EntityManager;
const NOW = new Date('2030-01-07T12:00:00Z');

describe('EngineersService deactivation', () => {
  let calls: string[];
  let refuse: boolean;
  let service: EngineersService;

  beforeEach(() => {
    calls = [];
    refuse = false;
    const repository = {
      update: async (id: string, changes: object) => (calls.push(`update ${JSON.stringify(changes)}`), { id, ...changes }),
    } as unknown as EngineersRepository;
    const participants = new EngineerParticipants();
    participants.register({
      lockAgenda: async (_id, manager) => void calls.push(`lock${manager === MANAGER ? ' in the transaction' : ''}`),
      assertTimeOffFree: async () => undefined,
      assertNoFutureWork: async (_id, now, manager) => {
        calls.push(`check work after ${now === NOW ? 'the clock’s now' : now}${manager === MANAGER ? ' in the transaction' : ''}`);
        if (refuse) throw new EngineerHasBookingsError('engineer-1', []);
      },
    });
    const unitOfWork = { run: (work: (manager: EntityManager) => Promise<unknown>) => work(MANAGER) } as unknown as UnitOfWork;
    service = new EngineersService(repository, unitOfWork, participants, { now: () => NOW } as Clock, localAnnouncements());
  });

  it.each([
    ['DELETE', (s: EngineersService) => s.deactivate('engineer-1')],
    ['PATCH active:false', (s: EngineersService) => s.update('engineer-1', { active: false })],
  ])('%s locks the agenda, then checks for work ahead, then writes, in one transaction', async (_how, deactivate) => {
    await deactivate(service);
    expect(calls).toEqual(['lock in the transaction', 'check work after the clock’s now in the transaction', 'update {"active":false}']);
  });

  it('writes nothing when a participant refuses', async () => {
    refuse = true;
    await expect(service.deactivate('engineer-1')).rejects.toBeInstanceOf(EngineerHasBookingsError);
    expect(calls).not.toContainEqual(expect.stringMatching(/^update/));
  });

  it('asks nobody about other changes, reactivation included', async () => {
    await service.update('engineer-1', { name: 'Sam', active: true });
    expect(calls).toEqual(['update {"name":"Sam","active":true}']);
  });
});
