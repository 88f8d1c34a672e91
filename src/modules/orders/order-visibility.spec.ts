import { AccessDeniedError, EVERYTHING } from '@app/common';
import { canSeeOrder, listedOwner } from './order-visibility';

const KEY = '11111111-1111-4111-8111-111111111111';
const ENGINEER = '22222222-2222-4222-8222-222222222222';

describe('order visibility', () => {
  it('lets staff see every order', () => {
    expect(canSeeOrder(EVERYTHING, null, [])).toBe(true);
    expect(listedOwner(EVERYTHING)).toEqual({});
  });

  it('lets an API key see only the orders it placed', () => {
    const scope = { kind: 'api-key', apiKeyId: KEY } as const;
    expect(canSeeOrder(scope, KEY, [])).toBe(true);
    expect(canSeeOrder(scope, null, [])).toBe(false);
    expect(canSeeOrder(scope, '33333333-3333-4333-8333-333333333333', [])).toBe(false);
    expect(listedOwner(scope)).toEqual({ placedByApiKeyId: KEY });
  });

  it('lets an engineer see an order only while booked for its work', () => {
    const scope = { kind: 'engineer', engineerId: ENGINEER } as const;
    expect(canSeeOrder(scope, null, [null, ENGINEER])).toBe(true);
    expect(canSeeOrder(scope, null, [null])).toBe(false);
    expect(() => listedOwner(scope)).toThrow(AccessDeniedError);
  });
});
