import { getSchemaPath } from '@nestjs/swagger';
import { ConflictError, ProblemType, ResourceNotFoundError, member, notFoundMembers } from '@app/common';
import { SlotResponse } from '@app/common';

@ProblemType({
  code: 'HOLD_NOT_FOUND',
  description: 'no hold has that id: never made, already booked with, replaced by a newer hold of its order, or expired more than a day ago',
  members: notFoundMembers('Hold'),
})
export class HoldNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('Hold', id);
  }
}

/** A slot as a refusal offers it instead: what availability answers for the order. */
export interface AlternativeSlot {
  engineerId: string;
  engineerName: string;
  start: string;
  end: string;
  visits: Array<{ start: string; end: string }>;
}

@ProblemType({
  code: 'HOLD_EXPIRED',
  description:
    'the hold expired at `expiredAt` and keeps nothing any more; `alternatives` are the order’s free slots nearest the held start (empty when the order can no longer be booked): hold one of them',
  members: {
    holdId: member.uuid('The hold'),
    expiredAt: member.instant('When the hold expired'),
    alternatives: { type: 'array', items: { $ref: getSchemaPath(SlotResponse) }, description: 'Free slots nearest the held start, nearest first' },
  },
  models: [SlotResponse],
})
export class HoldExpiredError extends ConflictError {
  constructor(holdId: string, expiredAt: Date, alternatives: AlternativeSlot[]) {
    super('HOLD_EXPIRED', `Hold ${holdId} expired at ${expiredAt.toISOString()}; hold one of the alternatives`, {
      holdId,
      expiredAt: expiredAt.toISOString(),
      alternatives,
    });
  }
}

/** A booking made with a hold takes the hold's engineer and start, for the hold's order only. */
@ProblemType({
  code: ['HOLD_FOR_ANOTHER_ORDER', 'HOLD_MISMATCH'],
  description:
    'the hold keeps time for another order (`HOLD_FOR_ANOTHER_ORDER`), or the `engineerId` or `start` sent with it differ from the hold’s (`HOLD_MISMATCH`, naming `field`): send `holdId` alone',
  members: { holdId: member.uuid('The hold'), field: member.string('The field that differs from the hold', 'start') },
  optional: ['field'],
})
export class HoldMismatchError extends ConflictError {
  constructor(holdId: string, field: 'orderId' | 'engineerId' | 'start') {
    super(
      field === 'orderId' ? 'HOLD_FOR_ANOTHER_ORDER' : 'HOLD_MISMATCH',
      field === 'orderId' ? `Hold ${holdId} is for another order` : `The ${field} sent differs from hold ${holdId}'s; send holdId alone`,
      field === 'orderId' ? { holdId } : { holdId, field },
    );
  }
}

/** The same code as order placement's: a key belongs to the client that used it first, with the body it sent. */
@ProblemType({
  code: 'IDEMPOTENCY_KEY_REUSED',
  description: 'the `Idempotency-Key` was already used by another client, or with a different body (then `bookingId` names the booking it made)',
  members: { bookingId: member.uuid('The booking made with the key earlier') },
  optional: ['bookingId'],
})
export class BookingIdempotencyKeyReusedError extends ConflictError {
  constructor(message: string, bookingId?: string) {
    super('IDEMPOTENCY_KEY_REUSED', message, bookingId ? { bookingId } : {});
  }
}
