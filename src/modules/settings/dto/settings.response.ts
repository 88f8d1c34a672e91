import { ApiProperty } from '@nestjs/swagger';
import { WorkingHours, WorkingHoursDto } from '@app/common';
import type { BusinessSettings } from '../settings.service';

export class SettingsResponse {
  @ApiProperty({ example: 'Europe/London', description: 'IANA zone in which working hours and dates are read' })
  timezone!: string;

  @ApiProperty({ example: 'GBP', description: 'ISO 4217 code of the shop currency' })
  currency!: string;

  @ApiProperty({ example: 30, description: 'Appointment start times fall on this grid (minutes)' })
  slotMinutes!: number;

  @ApiProperty({ example: 24, description: 'Earliest appointment, in hours from now' })
  minLeadHours!: number;

  @ApiProperty({ example: 30, description: 'Least gap kept free between two jobs of one engineer; all of it where a place is not known' })
  travelBufferMinutes!: number;

  @ApiProperty({ example: 1.3, description: 'Road distance over great-circle distance, for travel times between located places' })
  roadFactor!: number;

  @ApiProperty({ type: 'integer', example: 40, description: 'Average driving speed (km/h) for travel times' })
  averageSpeedKmh!: number;

  @ApiProperty({ example: false, description: 'On: a day’s first job leaves room to travel from the engineer’s home base at the day’s start' })
  travelFromHome!: boolean;

  @ApiProperty({ type: WorkingHoursDto, description: 'Hours used for engineers without their own' })
  defaultWorkingHours!: WorkingHours;

  @ApiProperty({ example: 10, description: 'Working days (Monday to Friday, business time zone) a standard order may wait for its booking: its `dueBy`' })
  bookWithinWorkingDays!: number;

  @ApiProperty({ example: 2, description: 'As `bookWithinWorkingDays`, for an urgent order' })
  urgentBookWithinWorkingDays!: number;

  @ApiProperty({ type: 'integer', example: 10, description: 'How long a hold (`POST /bookings/holds`) keeps a slot for a checkout, in minutes' })
  holdMinutes!: number;
  @ApiProperty({
    type: 'integer',
    example: 24,
    description: 'Hours before the first visit until which a customer may cancel or move their appointment through its link (`changeableUntil`)',
  })
  customerChangeCutoffHours!: number;

  @ApiProperty()
  updatedAt!: Date;
}

export function mapSettings(settings: BusinessSettings): SettingsResponse {
  return {
    timezone: settings.timezone,
    currency: settings.currency,
    slotMinutes: settings.slotMinutes,
    minLeadHours: settings.minLeadHours,
    travelBufferMinutes: settings.travelBufferMinutes,
    roadFactor: settings.roadFactor,
    averageSpeedKmh: settings.averageSpeedKmh,
    travelFromHome: settings.travelFromHome,
    defaultWorkingHours: settings.defaultWorkingHours,
    bookWithinWorkingDays: settings.bookWithinWorkingDays,
    urgentBookWithinWorkingDays: settings.urgentBookWithinWorkingDays,
    holdMinutes: settings.holdMinutes,
    customerChangeCutoffHours: settings.customerChangeCutoffHours,
    updatedAt: settings.updatedAt,
  };
}
