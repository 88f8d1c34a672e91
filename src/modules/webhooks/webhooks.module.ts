import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { webhooksConfig, WebhooksConfig } from '../../config/webhooks.config';
import { AuthModule } from '../auth/auth.module';
import { BookingsModule } from '../bookings/bookings.module';
import { OrdersModule } from '../orders/orders.module';
import { ServicesModule } from '../services/services.module';
import { WebhookAttemptEntity } from './entities/webhook-attempt.entity';
import { WebhookEndpointEntity } from './entities/webhook-endpoint.entity';
import { WebhookMessageEntity } from './entities/webhook-message.entity';
import { SendWebhooksListener } from './listeners/send-webhooks.listener';
import { WebhookFanOut } from './webhook-fan-out.service';
import { WebhookMessagesRepository } from './webhook-messages.repository';
import { SecretBox } from './webhook-secrets';
import { WebhookRetentionJob } from './webhook-retention.job';
import { WebhookSender } from './webhook-sender';
import { WebhookUrlPolicy } from './webhook-url';
import { WebhooksController } from './webhooks.controller';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

/** Signed webhooks (Standard Webhooks) of orders', bookings' and installations' events, for the web shop. */
@Module({
  imports: [TypeOrmModule.forFeature([WebhookEndpointEntity, WebhookMessageEntity, WebhookAttemptEntity]), AuthModule, OrdersModule, ServicesModule, BookingsModule],
  controllers: [WebhooksController],
  providers: [
    WebhooksRepository,
    WebhookMessagesRepository,
    WebhooksService,
    WebhookFanOut,
    WebhookSender,
    WebhookUrlPolicy,
    SendWebhooksListener,
    WebhookRetentionJob,
    { provide: SecretBox, inject: [webhooksConfig.KEY], useFactory: (config: WebhooksConfig) => new SecretBox(config.secretsKey) },
  ],
})
export class WebhooksModule {}
