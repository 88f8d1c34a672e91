import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, CurrentPrincipal, Page, PageQueryDto, PageResponse, Principal, Roles, UuidParam } from '@app/common';
import { CreateWebhookDto } from './dto/create-webhook.dto';
import { ListWebhookDeliveriesQueryDto } from './dto/list-webhook-deliveries-query.dto';
import { UpdateWebhookDto } from './dto/update-webhook.dto';
import { WebhookDeliveryResponse } from './dto/webhook-delivery.response';
import { WebhookResponse, WebhookWithSecretResponse } from './dto/webhook.response';
import { WebhookDeliveryNotFoundError, WebhookDisabledError, WebhookNotFoundError } from './webhooks.errors';
import { WebhooksService } from './webhooks.service';

const OWN_ONLY = 'An API key manages its own endpoints only; another’s is a 404.';

@ApiTags('webhooks')
@Controller({ path: 'webhooks', version: '1' })
export class WebhooksController {
  constructor(private readonly webhooksService: WebhooksService) {}

  @Post()
  @Roles('admin', 'api-key')
  @ApiOperation({
    operationId: 'createWebhook',
    summary: 'Subscribe an endpoint to events; the response carries its signing secret, shown once',
    description:
      'Messages are POSTed as `{type, occurredAt, data}` with the Standard Webhooks headers `webhook-id`, `webhook-timestamp` and ' +
      '`webhook-signature` (verify them with the `secret`, e.g. with the `standardwebhooks` package). An API key’s endpoint receives ' +
      'the events of the orders that key placed; staff’s endpoints receive every order’s. Outside development the URL must be https ' +
      'and must not resolve to a private, loopback or link-local address (400 naming `url`).',
  })
  @ApiCreatedResponse({ type: WebhookWithSecretResponse })
  create(@Body() request: CreateWebhookDto, @CurrentPrincipal() caller: Principal): Promise<WebhookWithSecretResponse> {
    return this.webhooksService.create(request, caller);
  }

  @Get()
  @Roles('admin', 'api-key')
  @ApiOperation({ operationId: 'listWebhooks', summary: 'List webhook endpoints, newest first', description: `Never their secrets. ${OWN_ONLY}` })
  @ApiOkResponse({ type: PageResponse(WebhookResponse) })
  list(@Query() query: PageQueryDto, @CurrentPrincipal() caller: Principal): Promise<Page<WebhookResponse>> {
    return this.webhooksService.list(query, caller);
  }

  @Get(':id')
  @Roles('admin', 'api-key')
  @ApiOperation({ operationId: 'getWebhook', summary: 'Read a webhook endpoint (never its secret)', description: OWN_ONLY })
  @ApiOkResponse({ type: WebhookResponse })
  @ApiProblems(WebhookNotFoundError)
  get(@UuidParam() id: string, @CurrentPrincipal() caller: Principal): Promise<WebhookResponse> {
    return this.webhooksService.get(id, caller);
  }

  @Patch(':id')
  @Roles('admin', 'api-key')
  @ApiOperation({
    operationId: 'updateWebhook',
    summary: 'Change an endpoint’s URL, events or description, or enable or disable it',
    description: `Only the fields sent change. \`enabled: true\` enables a disabled endpoint again: its pending messages are sent at once. ${OWN_ONLY}`,
  })
  @ApiOkResponse({ type: WebhookResponse })
  @ApiProblems(WebhookNotFoundError)
  update(@UuidParam() id: string, @Body() changes: UpdateWebhookDto, @CurrentPrincipal() caller: Principal): Promise<WebhookResponse> {
    return this.webhooksService.update(id, changes, caller);
  }

  @Delete(':id')
  @Roles('admin', 'api-key')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ operationId: 'deleteWebhook', summary: 'Delete an endpoint with its delivery log; nothing more is sent to it', description: OWN_ONLY })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(WebhookNotFoundError)
  async delete(@UuidParam() id: string, @CurrentPrincipal() caller: Principal): Promise<void> {
    await this.webhooksService.delete(id, caller);
  }

  @Post(':id/rotate-secret')
  @HttpCode(HttpStatus.OK)
  @Roles('admin', 'api-key')
  @ApiOperation({
    operationId: 'rotateWebhookSecret',
    summary: 'Replace the signing secret; the new one is shown once, and the old one keeps signing beside it for 24 hours',
    description:
      'During the overlap every message carries two signatures in `webhook-signature` (space-separated, as Standard Webhooks allows), ' +
      `so a receiver verifies with either secret while it is updated. ${OWN_ONLY}`,
  })
  @ApiOkResponse({ type: WebhookWithSecretResponse })
  @ApiProblems(WebhookNotFoundError)
  rotateSecret(@UuidParam() id: string, @CurrentPrincipal() caller: Principal): Promise<WebhookWithSecretResponse> {
    return this.webhooksService.rotateSecret(id, caller);
  }

  @Get(':id/deliveries')
  @Roles('admin', 'api-key')
  @ApiOperation({
    operationId: 'listWebhookDeliveries',
    summary: 'The messages sent to an endpoint, newest first, each with every attempt: status code, error, duration, when',
    description:
      'A message is tried until a 2xx answer (10 s timeout each), waiting 5 s, 5 min, 30 min, 2 h, 5 h, 8 h and 8 h between attempts (the defaults), then given up as `failed`. ' +
      `One order’s messages reach an endpoint in order: a message waits while an earlier one of its order is pending. ${OWN_ONLY}`,
  })
  @ApiOkResponse({ type: PageResponse(WebhookDeliveryResponse) })
  @ApiProblems(WebhookNotFoundError)
  deliveries(@UuidParam() id: string, @Query() query: ListWebhookDeliveriesQueryDto, @CurrentPrincipal() caller: Principal): Promise<Page<WebhookDeliveryResponse>> {
    return this.webhooksService.deliveries(id, query, caller);
  }

  @Post(':id/deliveries/:deliveryId/resend')
  @HttpCode(HttpStatus.ACCEPTED)
  @Roles('admin', 'api-key')
  @ApiOperation({
    operationId: 'resendWebhookDelivery',
    summary: 'Send a message again, as it was (same `webhook-id` and body), with a fresh run of attempts',
    description: `For a failed message, or one the receiver lost. The endpoint must be enabled. ${OWN_ONLY}`,
  })
  @ApiAcceptedResponse({ type: WebhookDeliveryResponse })
  @ApiProblems(WebhookNotFoundError, WebhookDeliveryNotFoundError, WebhookDisabledError)
  resend(@UuidParam() id: string, @UuidParam('deliveryId') deliveryId: string, @CurrentPrincipal() caller: Principal): Promise<WebhookDeliveryResponse> {
    return this.webhooksService.resend(id, deliveryId, caller);
  }
}
