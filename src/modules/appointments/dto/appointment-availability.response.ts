import { ApiProperty } from '@nestjs/swagger';
import { SlotResponse } from '@app/common';
import type { Availability } from '../../bookings/availability.service';

const isoOf = (instant: number) => new Date(instant).toISOString();

/** The slots a customer may move to: the shape of a dispatcher's availability, without its explanations. */
export class AppointmentAvailabilityResponse {
  @ApiProperty({ type: 'integer', example: 120, description: 'The installation estimate: the length of every slot, or of its visits together' })
  durationMinutes!: number;

  @ApiProperty({ type: [SlotResponse] })
  slots!: SlotResponse[];
}

export function mapAppointmentAvailability(availability: Availability): AppointmentAvailabilityResponse {
  return {
    durationMinutes: availability.durationMinutes,
    slots: availability.slots.map((slot) => ({
      engineerId: slot.engineerId,
      engineerName: slot.engineerName,
      start: isoOf(slot.start),
      end: isoOf(slot.end),
      visits: (slot.visits ?? [slot]).map((visit) => ({ start: isoOf(visit.start), end: isoOf(visit.end) })),
    })),
  };
}
