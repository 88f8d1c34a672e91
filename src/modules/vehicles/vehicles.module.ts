import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CustomersModule } from '../customers/customers.module';
import { DevicesController } from './devices.controller';
import { FittedDeviceEntity } from './entities/fitted-device.entity';
import { VehicleEntity } from './entities/vehicle.entity';
import { FittedDevicesRepository } from './fitted-devices.repository';
import { InstallationRecordService } from './installation-record.service';
import { VehicleParticipants } from './vehicle-participants';
import { VehiclesController } from './vehicles.controller';
import { VehiclesRepository } from './vehicles.repository';
import { VehiclesService } from './vehicles.service';

/**
 * Customers' vehicles and the installation record of what is fitted in them. Orders and
 * Services depend on this module; it reaches their open work through VehicleParticipants.
 */
@Module({
  imports: [TypeOrmModule.forFeature([VehicleEntity, FittedDeviceEntity]), CustomersModule],
  controllers: [VehiclesController, DevicesController],
  providers: [VehiclesRepository, FittedDevicesRepository, VehiclesService, InstallationRecordService, VehicleParticipants],
  exports: [VehiclesService, InstallationRecordService, VehicleParticipants],
})
export class VehiclesModule {}
