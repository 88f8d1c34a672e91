import { ApiProperty } from '@nestjs/swagger';
import type { Availability, OfferedSlot } from '../availability.service';

export class SlotResponse {
  @ApiProperty({ format: 'uuid' })
  engineerId!: string;

  @ApiProperty({ example: 'Priya Shah' })
  engineerName!: string;

  @ApiProperty({ example: '2026-03-02T09:00:00.000Z' })
  start!: Date;

  @ApiProperty({ example: '2026-03-02T11:00:00.000Z' })
  end!: Date;
}

export class AvailabilityResponse {
  @ApiProperty({ type: 'integer', example: 120, description: 'Length of every slot: the installation estimate' })
  durationMinutes!: number;

  @ApiProperty({ type: [SlotResponse] })
  slots!: SlotResponse[];
}

function mapSlot(slot: OfferedSlot): SlotResponse {
  return { engineerId: slot.engineerId, engineerName: slot.engineerName, start: slot.start, end: slot.end };
}

export function mapAvailability(availability: Availability): AvailabilityResponse {
  return { durationMinutes: availability.durationMinutes, slots: availability.slots.map(mapSlot) };
}
