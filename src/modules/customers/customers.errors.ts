import { ConflictError, ProblemType, ResourceNotFoundError, member, notFoundMembers } from '@app/common';

@ProblemType({ code: 'CUSTOMER_NOT_FOUND', description: 'no customer has that id', members: notFoundMembers('Customer') })
export class CustomerNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('Customer', id);
  }
}

@ProblemType({ code: 'CUSTOMER_HAS_ORDERS', description: 'the customer has orders, so is kept', members: { customerId: member.uuid('The customer') } })
export class CustomerHasOrdersError extends ConflictError {
  constructor(id: string) {
    super('CUSTOMER_HAS_ORDERS', `Customer ${id} has orders and cannot be deleted`, { customerId: id });
  }
}
