import { ApiProperty } from '@nestjs/swagger';
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

export class ServiceResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  orderId!: string;

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

  @ApiProperty({ example: 'system', description: 'Who made the change' })
  actor!: string;

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
