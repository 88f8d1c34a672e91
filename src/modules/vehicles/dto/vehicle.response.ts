import { ApiProperty } from '@nestjs/swagger';
import type { DeviceWhereabouts, FittedDevice, VehicleDetail } from '../vehicle.model';

export class FittedDeviceResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) vehicleId!: string;
  @ApiProperty({ format: 'uuid' }) productId!: string;
  @ApiProperty({ type: String, nullable: true, example: '490154203237518' }) imei!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '8944500102198304826' }) iccid!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'SN-000123' }) serial!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'dashboard, behind the glovebox' }) position!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The installation task it was fitted for' }) serviceId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The engineer who fitted it' }) engineerId!: string | null;
  @ApiProperty({ example: 'user:3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c', description: 'Who recorded the fitting' }) actor!: string;
  @ApiProperty({ example: '2026-12-01T10:30:00.000Z' }) fittedAt!: Date;
  @ApiProperty({ type: Date, nullable: true, description: 'When it came out again; null while fitted' }) removedAt!: Date | null;
}

export class CustomerVehicleResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ example: 'AB12 CDE' }) registration!: string;
  @ApiProperty({ type: String, nullable: true, example: 'WF0XXXTTGXKA12345' }) vin!: string | null;
  @ApiProperty({ example: 'Ford' }) make!: string;
  @ApiProperty({ example: 'Transit Custom' }) model!: string;
  @ApiProperty({ type: 'integer', nullable: true, example: 2021 }) year!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'VAN-07' }) fleetNumber!: string | null;
  @ApiProperty({ type: [FittedDeviceResponse], description: 'What is fitted in it now' }) devices!: FittedDeviceResponse[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class DeviceVehicleResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ example: 'AB12 CDE' }) registration!: string;
}

export class DeviceWhereaboutsResponse extends FittedDeviceResponse {
  @ApiProperty({ type: DeviceVehicleResponse, nullable: true, description: 'The vehicle it is (or was) fitted in' })
  vehicle!: DeviceVehicleResponse | null;
}

export class DeviceWhereaboutsListResponse {
  @ApiProperty({ type: [DeviceWhereaboutsResponse], description: 'Fitted now first, then earlier fittings, newest first' })
  items!: DeviceWhereaboutsResponse[];
}

export function mapFittedDevice(device: FittedDevice): FittedDeviceResponse {
  return {
    id: device.id,
    vehicleId: device.vehicleId,
    productId: device.productId,
    imei: device.imei,
    iccid: device.iccid,
    serial: device.serial,
    position: device.position,
    serviceId: device.serviceId,
    engineerId: device.engineerId,
    actor: device.actor,
    fittedAt: device.fittedAt,
    removedAt: device.removedAt,
  };
}

export function mapDeviceWhereabouts(device: DeviceWhereabouts): DeviceWhereaboutsResponse {
  return { ...mapFittedDevice(device), vehicle: device.vehicle ? { ...device.vehicle } : null };
}

export function mapVehicle(vehicle: VehicleDetail): CustomerVehicleResponse {
  return {
    id: vehicle.id,
    customerId: vehicle.customerId,
    registration: vehicle.registration,
    vin: vehicle.vin,
    make: vehicle.make,
    model: vehicle.model,
    year: vehicle.year,
    fleetNumber: vehicle.fleetNumber,
    devices: vehicle.devices.map(mapFittedDevice),
    createdAt: vehicle.createdAt,
    updatedAt: vehicle.updatedAt,
  };
}
