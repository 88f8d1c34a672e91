import { ApiProperty } from '@nestjs/swagger';
import type { Availability, OfferedSlot } from '../availability.service';

export class SlotResponse {
  @ApiProperty({ format: 'uuid' })
  engineerId!: string;

  @ApiProperty({ example: 'Priya Shah' })
  engineerName!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T09:00:00.000Z' })
  start!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T11:00:00.000Z' })
  end!: string;
}

export class AvailabilityResponse {
  @ApiProperty({ type: 'integer', example: 120, description: 'Length of every slot: the installation estimate' })
  durationMinutes!: number;

  @ApiProperty({ type: [SlotResponse] })
  slots!: SlotResponse[];
}

/** Formats epoch milliseconds, reusing the last string while the instant repeats. */
function isoFormatter(): (instant: number) => string {
  let last = Number.NaN;
  let text = '';
  return (instant) => {
    if (instant !== last) {
      last = instant;
      text = new Date(instant).toISOString();
    }
    return text;
  };
}

export function mapAvailability(availability: Availability): AvailabilityResponse {
  // A fortnight for a team is thousands of slots, by start, so equal starts (and ends) are
  // neighbours: each instant is formatted once. Serialising strings also costs a fraction of
  // serialising Dates.
  const startIso = isoFormatter();
  const endIso = isoFormatter();
  return {
    durationMinutes: availability.durationMinutes,
    slots: availability.slots.map(
      (slot: OfferedSlot): SlotResponse => ({ engineerId: slot.engineerId, engineerName: slot.engineerName, start: startIso(slot.start), end: endIso(slot.end) }),
    ),
  };
}
