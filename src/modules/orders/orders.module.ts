import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { CustomersModule } from '../customers/customers.module';
import { ProductsModule } from '../products/products.module';
import { SettingsModule } from '../settings/settings.module';
import { VehiclesModule } from '../vehicles/vehicles.module';
import { IdempotencyKeyEntity } from './entities/idempotency-key.entity';
import { OrderItemEntity } from './entities/order-item.entity';
import { OrderStatusHistoryEntity } from './entities/order-status-history.entity';
import { OrderEntity } from './entities/order.entity';
import { OrderVehicleEntity } from './entities/order-vehicle.entity';
import { IdempotencyKeyRetentionJob } from './idempotency-key-retention.job';
import { OrderLifecycleService } from './order-lifecycle.service';
import { OrderParticipants } from './order-participants';
import { OrdersController } from './orders.controller';
import { OrdersRepository } from './orders.repository';
import { OrdersService } from './orders.service';
import { OrdersVehicleParticipant } from './orders-vehicle.participant';
import { OrdersV2Controller } from './v2/orders-v2.controller';

/**
 * Orders and their status. Services and Bookings depend on this module (they lock the order
 * and settle it); it reaches them only through the participants they register.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([OrderEntity, OrderItemEntity, OrderVehicleEntity, OrderStatusHistoryEntity, IdempotencyKeyEntity]),
    SettingsModule,
    ProductsModule,
    CustomersModule,
    VehiclesModule,
    AuthModule,
  ],
  controllers: [OrdersController, OrdersV2Controller],
  providers: [OrdersRepository, OrdersService, OrderLifecycleService, OrderParticipants, IdempotencyKeyRetentionJob, OrdersVehicleParticipant],
  exports: [OrdersService, OrderLifecycleService, OrderParticipants],
})
export class OrdersModule {}
