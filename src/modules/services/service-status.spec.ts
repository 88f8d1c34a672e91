import { IllegalTransitionError } from '@app/common';
import { SERVICE_STATUSES, ServiceStatus, allowedNextStatuses, assertTransition, canTransition, isOpen } from './service-status';

const LEGAL_MOVES: Array<[ServiceStatus, ServiceStatus]> = [
  ['pending', 'scheduled'],
  ['pending', 'cancelled'],
  ['scheduled', 'in_progress'],
  ['scheduled', 'pending'],
  ['scheduled', 'cancelled'],
  ['in_progress', 'completed'],
  ['in_progress', 'pending'],
  ['in_progress', 'cancelled'],
];

const isLegal = (from: ServiceStatus, to: ServiceStatus) => LEGAL_MOVES.some(([a, b]) => a === from && b === to);
const ALL_MOVES = SERVICE_STATUSES.flatMap((from) => SERVICE_STATUSES.map((to) => [from, to] as [ServiceStatus, ServiceStatus]));

describe('service status machine', () => {
  it.each(LEGAL_MOVES)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition('svc-1', from, to)).not.toThrow();
  });

  it.each(ALL_MOVES.filter(([from, to]) => !isLegal(from, to)))('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('names the current status and the allowed moves when it refuses', () => {
    try {
      assertTransition('svc-1', 'pending', 'completed');
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(IllegalTransitionError);
      expect((error as IllegalTransitionError).extensions).toEqual({
        currentStatus: 'pending',
        attemptedStatus: 'completed',
        allowedStatuses: ['scheduled', 'cancelled'],
      });
    }
  });

  it('treats completed and cancelled as final', () => {
    expect(allowedNextStatuses('completed')).toEqual([]);
    expect(allowedNextStatuses('cancelled')).toEqual([]);
    expect(SERVICE_STATUSES.filter(isOpen)).toEqual(['pending', 'scheduled', 'in_progress']);
  });
});
