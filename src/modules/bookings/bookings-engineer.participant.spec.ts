import { EntityManager } from 'typeorm';
import { EngineerParticipants } from '../engineers/engineer-participants';
import { EngineerHasBookingsError, TimeOffOverlapsBookingsError } from '../engineers/engineers.errors';
import { OrdersService } from '../orders/orders.service';
import { BookingsRepository, HeldTime } from './bookings.repository';
import { BookingsEngineerParticipant, committedJobs } from './bookings-engineer.participant';

const MANAGER = { name: 'the transaction' } as unknown as EntityManager;

function booking(id: string, orderId: string, start: string): HeldTime {
  return { id, orderId, engineerId: 'engineer-1', startAt: new Date(start), endAt: new Date(start), status: 'scheduled' };
}

describe('committedJobs', () => {
  it('names each booking with its order number, keeping their order; an unknown order has none', () => {
    const bookings = [booking('b2', 'o2', '2030-01-07T10:00:00Z'), booking('b1', 'o1', '2030-01-08T10:00:00Z')];
    expect(committedJobs(bookings, new Map([['o2', 'VT-000002']]))).toEqual([
      { id: 'b2', orderNumber: 'VT-000002', start: new Date('2030-01-07T10:00:00Z') },
      { id: 'b1', orderNumber: null, start: new Date('2030-01-08T10:00:00Z') },
    ]);
  });
});

describe('BookingsEngineerParticipant', () => {
  const bookings = [booking('b1', 'o1', '2030-01-07T10:00:00Z'), booking('b2', 'o1', '2030-01-07T14:00:00Z')];
  let found: HeldTime[];
  let numbersOf: jest.Mock;
  let participant: BookingsEngineerParticipant;

  beforeEach(() => {
    found = bookings;
    const repository = {
      findScheduledOverlappingPeriod: jest.fn(async (_id: string, _period: unknown, manager: EntityManager) => (manager === MANAGER ? found : [])),
      findScheduledEndingAfter: jest.fn(async (_id: string, _since: Date, manager: EntityManager) => (manager === MANAGER ? found : [])),
    } as unknown as BookingsRepository;
    numbersOf = jest.fn(async () => new Map([['o1', 'VT-000001']]));
    participant = new BookingsEngineerParticipant(new EngineerParticipants(), repository, { numbersOf } as unknown as OrdersService);
  });

  it('refuses time off over scheduled bookings read in the caller’s transaction, naming their orders in one lookup', async () => {
    const period = { start: new Date('2030-01-07T00:00:00Z'), end: new Date('2030-01-08T00:00:00Z') };
    const refusal = participant.assertTimeOffFree('engineer-1', period, MANAGER);
    await expect(refusal).rejects.toBeInstanceOf(TimeOffOverlapsBookingsError);
    await expect(refusal).rejects.toMatchObject({
      extensions: {
        bookings: [
          { id: 'b1', orderNumber: 'VT-000001', start: '2030-01-07T10:00:00.000Z' },
          { id: 'b2', orderNumber: 'VT-000001', start: '2030-01-07T14:00:00.000Z' },
        ],
      },
    });
    expect(numbersOf).toHaveBeenCalledWith(['o1'], MANAGER);
  });

  it('refuses deactivation while bookings lie ahead, and allows both when there are none', async () => {
    await expect(participant.assertNoFutureWork('engineer-1', new Date(), MANAGER)).rejects.toBeInstanceOf(EngineerHasBookingsError);
    found = [];
    numbersOf.mockClear();
    await expect(participant.assertNoFutureWork('engineer-1', new Date(), MANAGER)).resolves.toBeUndefined();
    await expect(participant.assertTimeOffFree('engineer-1', { start: new Date(), end: new Date() }, MANAGER)).resolves.toBeUndefined();
    expect(numbersOf).not.toHaveBeenCalled();
  });
});
