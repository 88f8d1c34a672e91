import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingsModule } from '../bookings/bookings.module';
import { CustomersModule } from '../customers/customers.module';
import { ProductsModule } from '../products/products.module';
import { ServicesModule } from '../services/services.module';
import { IdempotencyKeyEntity } from './entities/idempotency-key.entity';
import { OrderItemEntity } from './entities/order-item.entity';
import { OrderEntity } from './entities/order.entity';
import { MarkOrderFulfilledListener } from './listeners/mark-order-fulfilled.listener';
import { OrdersController } from './orders.controller';
import { OrdersRepository } from './orders.repository';
import { OrdersService } from './orders.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrderEntity, OrderItemEntity, IdempotencyKeyEntity]), ProductsModule, CustomersModule, ServicesModule, BookingsModule],
  controllers: [OrdersController],
  providers: [OrdersRepository, OrdersService, MarkOrderFulfilledListener],
  exports: [OrdersService],
})
export class OrdersModule {}
