import { ConflictError, ProblemType, ResourceNotFoundError, member, notFoundMembers } from '@app/common';

@ProblemType({ code: 'WEBHOOK_NOT_FOUND', description: 'no webhook endpoint has that id (an API key sees only its own)', members: notFoundMembers('Webhook') })
export class WebhookNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('Webhook', id);
  }
}

@ProblemType({ code: 'WEBHOOK_DELIVERY_NOT_FOUND', description: 'the endpoint has no delivery with that id', members: notFoundMembers('Webhook delivery') })
export class WebhookDeliveryNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('Webhook delivery', id);
  }
}

@ProblemType({
  code: 'WEBHOOK_DISABLED',
  description: 'the endpoint is disabled: enable it (`PATCH` with `enabled: true`) before re-sending',
  members: { webhookId: member.uuid('The endpoint') },
})
export class WebhookDisabledError extends ConflictError {
  constructor(webhookId: string) {
    super('WEBHOOK_DISABLED', `Webhook ${webhookId} is disabled; enable it before re-sending`, { webhookId });
  }
}
