import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '@app/common';
import { SERVICE_STATUSES, ServiceStatus } from '../service-status';
import { SERVICE_TYPES, ServiceType } from '../service-type';

export class ListServicesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SERVICE_STATUSES, enumName: 'ServiceStatus' })
  @IsOptional()
  @IsIn(SERVICE_STATUSES)
  status?: ServiceStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  orderId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  engineerId?: string;

  /** The tasks on one vehicle. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  vehicleId?: string;

  @ApiPropertyOptional({ enum: SERVICE_TYPES, enumName: 'ServiceType' })
  @IsOptional()
  @IsIn(SERVICE_TYPES)
  type?: ServiceType;
}
