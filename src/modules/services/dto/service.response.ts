import { ApiProperty } from '@nestjs/swagger';
import { ActorResponse } from '@app/common';
import { SERVICE_STATUSES, ServiceStatus } from '../service-status';
import { SERVICE_TYPES, ServiceType } from '../service-type';
import { VISIT_FAILURE_REASONS, VisitFailureReason } from '../visit-failure';

export class ServiceFailureResponse {
  @ApiProperty({ enum: VISIT_FAILURE_REASONS, enumName: 'VisitFailureReason' })
  reason!: VisitFailureReason;

  @ApiProperty({ type: String, nullable: true, example: 'Van was out on a job' })
  note!: string | null;

  @ApiProperty()
  at!: Date;

  @ApiProperty({ example: 'user:8d5e…', description: 'Who recorded the failure' })
  actor!: string;
}

/** A unit fitted for the service, from the installation record (GET /api/v1/devices finds it again). */
export class ServiceDeviceResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) vehicleId!: string;
  @ApiProperty({ format: 'uuid' }) productId!: string;
  @ApiProperty({ type: String, nullable: true, example: '490154203237518' }) imei!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '8944500102198304826' }) iccid!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'SN-000123' }) serial!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'behind the glovebox' }) position!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The engineer who fitted it' }) engineerId!: string | null;
  @ApiProperty({ example: 'user:3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c', description: 'Who recorded it' }) actor!: string;
  @ApiProperty() fittedAt!: Date;
  @ApiProperty({ type: Date, nullable: true, description: 'When it came out again; null while fitted' }) removedAt!: Date | null;
}

export class ServiceOdometerResponse {
  @ApiProperty({ type: 'integer', example: 48_213 }) value!: number;
  @ApiProperty({ enum: ['mi', 'km'] }) unit!: 'mi' | 'km';
}

export class ServiceCompletionResponse {
  @ApiProperty({ type: ServiceOdometerResponse, nullable: true }) odometer!: ServiceOdometerResponse | null;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
}

export class ServiceResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  orderId!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The vehicle the work is on (GET /api/v1/vehicles/{id})' })
  vehicleId!: string | null;

  @ApiProperty({ enum: SERVICE_TYPES, enumName: 'ServiceType' })
  type!: ServiceType;

  @ApiProperty({ enum: SERVICE_STATUSES, enumName: 'ServiceStatus' })
  status!: ServiceStatus;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The booked engineer; null until scheduled' })
  engineerId!: string | null;

  @ApiProperty({ type: 'integer', example: 90, description: 'Engineer time on site, from the install minutes of the products' })
  estimatedMinutes!: number;

  @ApiProperty({ example: 'SW1A 1AA' })
  installationPostcode!: string;

  @ApiProperty({ type: [String], example: ['dashcam', 'tracker'], description: 'Product categories the engineer must be skilled in' })
  requiredSkills!: string[];

  @ApiProperty({ type: ServiceCompletionResponse, nullable: true, description: 'What was reported on completion; null until then, or when nothing was' })
  completion!: ServiceCompletionResponse | null;

  @ApiProperty({ type: [ServiceDeviceResponse], description: 'The units fitted for this service (the installation record)' })
  devices!: ServiceDeviceResponse[];

  @ApiProperty()
  createdAt!: Date;

  @ApiProperty()
  updatedAt!: Date;

  @ApiProperty({
    type: ServiceFailureResponse,
    nullable: true,
    description: 'The latest visit that failed to do this task (it went back to pending); null when none did',
  })
  lastFailure!: ServiceFailureResponse | null;
}

export class ServiceStatusChangeResponse {
  @ApiProperty({ enum: SERVICE_STATUSES, enumName: 'ServiceStatus', nullable: true, description: 'Null when the service was created' })
  fromStatus!: ServiceStatus | null;

  @ApiProperty({ enum: SERVICE_STATUSES, enumName: 'ServiceStatus' })
  toStatus!: ServiceStatus;

  @ApiProperty()
  at!: Date;

  @ApiProperty({ type: String, nullable: true, example: 'created from order VT-000123' })
  note!: string | null;

  @ApiProperty({ example: 'system', description: 'Who made the change: `user:<id>`, `api-key:<id>` or `system`' })
  actor!: string;

  @ApiProperty({ type: ActorResponse, description: 'Who made the change, with its type, id and name' })
  actorDetails!: ActorResponse;

  @ApiProperty({
    enum: VISIT_FAILURE_REASONS,
    enumName: 'VisitFailureReason',
    nullable: true,
    description: 'Set on the change a failed visit made (back to pending); `note` is then the engineer’s note',
  })
  failureReason!: VisitFailureReason | null;
}

export class ServiceDetailResponse extends ServiceResponse {
  @ApiProperty({ type: [ServiceStatusChangeResponse], description: 'Status changes, oldest first' })
  history!: ServiceStatusChangeResponse[];
}
