import { BusinessRuleError, ConflictError, ProblemType, ResourceNotFoundError, member, notFoundMembers } from '@app/common';
import type { OrderStatus } from './entities/order.entity';

/** New work (a booking) for an order that is cancelled or already fulfilled. */
@ProblemType({
  code: ['ORDER_CANCELLED', 'ORDER_FULFILLED'],
  description: 'the order is cancelled or already fulfilled: it takes no new work',
  members: { orderId: member.uuid('The order'), status: member.string('The order’s status', 'cancelled') },
})
export class OrderClosedError extends ConflictError {
  constructor(orderId: string, status: Exclude<OrderStatus, 'placed'>) {
    super(status === 'cancelled' ? 'ORDER_CANCELLED' : 'ORDER_FULFILLED', `Order ${orderId} is ${status}: it takes no new work`, {
      orderId,
      status,
    });
  }
}

@ProblemType({ code: 'ORDER_NOT_FOUND', description: 'no order has that id, or the caller may not see it', members: notFoundMembers('Order') })
export class OrderNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('Order', id);
  }
}

@ProblemType({
  code: 'IDEMPOTENCY_KEY_REUSED',
  description: 'the `Idempotency-Key` was already used by another client, or with a different body (then `orderId` names the order it placed)',
  members: { orderId: member.uuid('The order placed with the key earlier') },
  optional: ['orderId'],
})
export class IdempotencyKeyReusedError extends ConflictError {
  constructor(message: string, orderId?: string) {
    super('IDEMPOTENCY_KEY_REUSED', message, orderId ? { orderId } : {});
  }
}

const FIELD_ERRORS = (field: string, message: string) => member.fieldErrors('The fields at fault', field, message);

@ProblemType({
  code: 'CUSTOMER_NOT_FOUND',
  description: 'no customer has the `customerId` (a web shop’s key reaches only the customers it created)',
  members: { errors: FIELD_ERRORS('customerId', 'no customer has this id') },
})
export class OrderCustomerNotFoundError extends BusinessRuleError {
  constructor(customerId: string) {
    super('CUSTOMER_NOT_FOUND', `customer ${customerId} does not exist`, { errors: [{ field: 'customerId', message: 'no customer has this id' }] });
  }
}

@ProblemType({
  code: 'VEHICLE_NOT_FOUND',
  description: 'a `vehicleId` is not one of the customer’s vehicles',
  members: { errors: FIELD_ERRORS('vehicles.0.vehicleId', "not one of the customer's vehicles") },
})
export class OrderVehicleNotFoundError extends BusinessRuleError {
  constructor(field: string, vehicleId: string) {
    super('VEHICLE_NOT_FOUND', `vehicle ${vehicleId} is not one of the customer's vehicles`, {
      errors: [{ field, message: "not one of the customer's vehicles" }],
    });
  }
}

@ProblemType({
  code: 'VEHICLE_REPEATED',
  description: 'the same vehicle is listed twice: give all its lines in one entry',
  members: { errors: FIELD_ERRORS('vehicles.1', 'the same vehicle as vehicles.0') },
})
export class VehicleRepeatedError extends BusinessRuleError {
  constructor(field: string, registration: string, earlierField: string) {
    super('VEHICLE_REPEATED', `vehicle ${registration} is listed twice; give all its lines in one entry`, {
      errors: [{ field, message: `the same vehicle as ${earlierField}` }],
    });
  }
}

@ProblemType({
  code: 'PRODUCT_UNAVAILABLE',
  description: 'a line names a product that does not exist or is no longer sold',
  members: { errors: FIELD_ERRORS('items.0.productId', 'product KIT-1 is no longer sold') },
})
export class ProductUnavailableError extends BusinessRuleError {
  constructor(errors: Array<{ field: string; message: string }>) {
    super('PRODUCT_UNAVAILABLE', errors.map((error) => `${error.field}: ${error.message}`).join('; '), { errors });
  }
}

@ProblemType({
  code: 'MIXED_CURRENCIES',
  description: 'the lines are priced in more than one currency; an order is priced in one',
  members: { errors: FIELD_ERRORS('items.1.productId', 'priced in EUR') },
})
export class MixedCurrenciesError extends BusinessRuleError {
  constructor(currencies: string[], errors: Array<{ field: string; message: string }>) {
    super('MIXED_CURRENCIES', `An order is priced in one currency; these items mix ${currencies.join(', ')}`, { errors });
  }
}

@ProblemType({
  code: 'ORDER_TOTAL_TOO_LARGE',
  description: 'quantity × unit price, summed, exceeds `limit` minor units: split it into several orders',
  members: { limit: member.integer('The largest total, in minor units', 2_147_483_647), errors: FIELD_ERRORS('items', 'the total is too large') },
})
export class OrderTotalTooLargeError extends BusinessRuleError {
  constructor(limit: number, field: string) {
    super('ORDER_TOTAL_TOO_LARGE', `The order's total exceeds ${limit} minor units; split it into several orders`, {
      limit,
      errors: [{ field, message: `the total of quantity × unit price may be at most ${limit} minor units` }],
    });
  }
}
