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

export function mapAvailability(availability: Availability): AvailabilityResponse {
  // A fortnight for a team is thousands of slots on a few hundred distinct instants.
  // Each is formatted once, and serialising strings costs a fraction of serialising Dates.
  const formatted = new Map<number, string>();
  const iso = (instant: number) => {
    let text = formatted.get(instant);
    if (text === undefined) {
      text = new Date(instant).toISOString();
      formatted.set(instant, text);
    }
    return text;
  };
  return {
    durationMinutes: availability.durationMinutes,
    slots: availability.slots.map(
      (slot: OfferedSlot): SlotResponse => ({ engineerId: slot.engineerId, engineerName: slot.engineerName, start: iso(slot.start), end: iso(slot.end) }),
    ),
  };
}
