import { Module } from '@nestjs/common';
import { BookingsModule } from '../bookings/bookings.module';
import { CustomersModule } from '../customers/customers.module';
import { EngineersModule } from '../engineers/engineers.module';
import { OrdersModule } from '../orders/orders.module';
import { ServicesModule } from '../services/services.module';
import { SettingsModule } from '../settings/settings.module';
import { DispatchBoardService } from './dispatch-board.service';
import { DispatchController } from './dispatch.controller';
import { DispatchQueueService } from './dispatch-queue.service';

/**
 * The dispatcher's board and queue. Owns no table: it composes the exported services of the
 * modules that own the data (docs/architecture.md, "Dispatch"), and comes after all of them.
 */
@Module({
  imports: [SettingsModule, EngineersModule, CustomersModule, OrdersModule, ServicesModule, BookingsModule],
  controllers: [DispatchController],
  providers: [DispatchBoardService, DispatchQueueService],
})
export class DispatchModule {}
