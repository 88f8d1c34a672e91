import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxDeliveryEntity } from './entities/outbox-delivery.entity';
import { OutboxEventEntity } from './entities/outbox-event.entity';
import { OutboxAdminController } from './outbox-admin.controller';
import { OutboxAdminService } from './outbox-admin.service';
import { OutboxDispatcher } from './outbox.dispatcher';
import { OutboxHealthIndicator } from './outbox.health';
import { OutboxRetentionJob } from './outbox-retention.job';
import { OutboxPublisher } from './outbox.publisher';
import { OutboxRepository } from './outbox.repository';

/** Transactional outbox shared by every module that raises domain events. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEventEntity, OutboxDeliveryEntity]), TerminusModule],
  controllers: [OutboxAdminController],
  providers: [OutboxRepository, OutboxPublisher, OutboxDispatcher, OutboxAdminService, OutboxHealthIndicator, OutboxRetentionJob],
  exports: [OutboxPublisher, OutboxDispatcher, OutboxRepository, OutboxHealthIndicator],
})
export class OutboxModule {}
