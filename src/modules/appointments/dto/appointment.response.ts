import { ApiProperty } from '@nestjs/swagger';
import { AddressDto } from '@app/common';
import type { Booking } from '../../bookings/booking.model';
import type { Appointment } from '../appointment.model';
import { localDateTime } from '../appointment-window';

/** A booking's statuses as a customer reads them (Bookings' own list; checked against its type). */
const APPOINTMENT_STATUSES = ['scheduled', 'completed', 'cancelled', 'no_show'] as const satisfies ReadonlyArray<Booking['status']>;

export class AppointmentVisitResponse {
  @ApiProperty({ format: 'date-time', example: '2030-04-01T09:00:00.000Z', description: 'The visit’s start, UTC' })
  start!: string;

  @ApiProperty({ format: 'date-time', example: '2030-04-01T11:00:00.000Z', description: 'The visit’s end, UTC' })
  end!: string;

  @ApiProperty({ example: '2030-04-01T10:00:00+01:00', description: 'The start as the business time zone’s clock reads it, with its offset' })
  localStart!: string;

  @ApiProperty({ example: '2030-04-01T12:00:00+01:00', description: 'The end as the business time zone’s clock reads it, with its offset' })
  localEnd!: string;
}

export class AppointmentVehicleResponse {
  @ApiProperty({ example: 'AB12CDE' })
  registration!: string;

  @ApiProperty({ example: 'Ford' })
  make!: string;

  @ApiProperty({ example: 'Transit Custom' })
  model!: string;
}

export class AppointmentResponse {
  @ApiProperty({ example: 'VT-000123' })
  orderNumber!: string;

  @ApiProperty({ enum: APPOINTMENT_STATUSES, example: 'scheduled', description: 'The booking’s status' })
  status!: Booking['status'];

  @ApiProperty({ example: 'Europe/London', description: 'The business time zone the local times are in' })
  timeZone!: string;

  @ApiProperty({ type: [AppointmentVisitResponse], minItems: 1, description: 'Earliest first: one, or a run on consecutive working days' })
  visits!: AppointmentVisitResponse[];

  @ApiProperty({ type: AddressDto, description: 'Where the installation happens' })
  address!: AddressDto;

  @ApiProperty({ type: [AppointmentVehicleResponse] })
  vehicles!: AppointmentVehicleResponse[];

  @ApiProperty({ example: true, description: 'Whether the customer may cancel or move the appointment now' })
  changesAllowed!: boolean;

  @ApiProperty({
    format: 'date-time',
    example: '2030-03-31T09:00:00.000Z',
    description: 'Changes are allowed until this instant, `settings.customerChangeCutoffHours` before the first visit, while the booking is scheduled and not started',
  })
  changeableUntil!: string;
}

export function mapAppointment(appointment: Appointment): AppointmentResponse {
  const { timeZone } = appointment;
  return {
    orderNumber: appointment.orderNumber,
    status: appointment.status,
    timeZone,
    visits: appointment.visits.map((visit) => ({
      start: visit.start.toISOString(),
      end: visit.end.toISOString(),
      localStart: localDateTime(visit.start, timeZone),
      localEnd: localDateTime(visit.end, timeZone),
    })),
    address: { ...appointment.address },
    vehicles: appointment.vehicles.map(({ registration, make, model }) => ({ registration, make, model })),
    changesAllowed: appointment.changesAllowed,
    changeableUntil: appointment.changeableUntil.toISOString(),
  };
}
