import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { OrdersModule } from '../orders/orders.module';
import { ProductsModule } from '../products/products.module';
import { VehiclesModule } from '../vehicles/vehicles.module';
import { ServiceStatusHistoryEntity } from './entities/service-status-history.entity';
import { ServiceEntity } from './entities/service.entity';
import { CreateInstallationTaskListener } from './listeners/create-installation-task.listener';
import { ServiceParticipants } from './service-participants';
import { ServicesOrderParticipant } from './services-order.participant';
import { ServicesVehicleParticipant } from './services-vehicle.participant';
import { ServicesController } from './services.controller';
import { ServicesRepository } from './services.repository';
import { ServicesService } from './services.service';

/** Installation tasks: what must be done for an order. Bookings decide who does it and when. */
@Module({
  imports: [TypeOrmModule.forFeature([ServiceEntity, ServiceStatusHistoryEntity]), OrdersModule, ProductsModule, VehiclesModule, AuthModule],
  controllers: [ServicesController],
  providers: [ServicesRepository, ServicesService, ServiceParticipants, ServicesOrderParticipant, ServicesVehicleParticipant, CreateInstallationTaskListener],
  exports: [ServicesService, ServiceParticipants],
})
export class ServicesModule {}
