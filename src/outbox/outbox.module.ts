import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxEventEntity } from './outbox-event.entity';
import { OutboxDispatcher } from './outbox.dispatcher';
import { OutboxPublisher } from './outbox.publisher';
import { OutboxRepository } from './outbox.repository';

/** Transactional outbox shared by every module that raises domain events. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEventEntity])],
  providers: [OutboxRepository, OutboxPublisher, OutboxDispatcher],
  exports: [OutboxPublisher, OutboxDispatcher],
})
export class OutboxModule {}
