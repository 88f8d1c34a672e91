import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServiceStatusHistoryEntity } from './entities/service-status-history.entity';
import { ServiceEntity } from './entities/service.entity';
import { CancelServicesWhenOrderCancelledListener } from './listeners/cancel-services-when-order-cancelled.listener';
import { CreateInstallationTaskListener } from './listeners/create-installation-task.listener';
import { ServicesController } from './services.controller';
import { ServicesRepository } from './services.repository';
import { ServicesService } from './services.service';

/** Installation tasks: what must be done for an order. Bookings decide who does it and when. */
@Module({
  imports: [TypeOrmModule.forFeature([ServiceEntity, ServiceStatusHistoryEntity])],
  controllers: [ServicesController],
  providers: [ServicesRepository, ServicesService, CreateInstallationTaskListener, CancelServicesWhenOrderCancelledListener],
  exports: [ServicesService],
})
export class ServicesModule {}
