import { ApiProperty } from '@nestjs/swagger';
import type { Availability, OfferedSlot } from '../availability.service';

export class SlotVisitResponse {
  @ApiProperty({ format: 'date-time', example: '2026-03-02T09:00:00.000Z' })
  start!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T17:00:00.000Z' })
  end!: string;
}

export class SlotResponse {
  @ApiProperty({ format: 'uuid' })
  engineerId!: string;

  @ApiProperty({ example: 'Priya Shah' })
  engineerName!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T09:00:00.000Z' })
  start!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T11:00:00.000Z', description: 'The last visit’s end' })
  end!: string;

  @ApiProperty({
    type: [SlotVisitResponse],
    minItems: 1,
    description:
      'The visits a booking from this start would take, earliest first: one from start to end when the work fits a working span, ' +
      'else a run on consecutive working days of the engineer',
  })
  visits!: SlotVisitResponse[];
}

export class AvailabilityResponse {
  @ApiProperty({ type: 'integer', example: 120, description: 'The installation estimate: the length of every slot, or of its visits together' })
  durationMinutes!: number;

  @ApiProperty({ type: [SlotResponse] })
  slots!: SlotResponse[];
}

/**
 * ISO strings of instants already formatted, shared by every search: searches ask for the
 * same fortnights all day, so nearly every slot boundary is one formatted before, and
 * formatting them was about 5 % of a search's CPU. Cleared rather than evicted when full:
 * months of slot boundaries fit, and a clear costs one slower search.
 */
const KNOWN_ISO = new Map<number, string>();
const MAX_KNOWN_ISO = 20_000;

export function isoOf(instant: number): string {
  let text = KNOWN_ISO.get(instant);
  if (text === undefined) {
    if (KNOWN_ISO.size >= MAX_KNOWN_ISO) KNOWN_ISO.clear();
    text = new Date(instant).toISOString();
    KNOWN_ISO.set(instant, text);
  }
  return text;
}

/**
 * The response body as JSON text, exactly what `JSON.stringify` makes of an
 * `AvailabilityResponse`. A fortnight for a team is thousands of slots; written straight to
 * text there is no response object per slot for the collector and no serialiser walking them.
 * Instants come formatted from `isoOf`; each engineer's id and name are escaped once.
 */
export function availabilityJson(availability: Availability): string {
  const slotHeads = new Map<string, string>();
  const headOf = (slot: OfferedSlot) => {
    let head = slotHeads.get(slot.engineerId);
    if (head === undefined) {
      head = `{"engineerId":${JSON.stringify(slot.engineerId)},"engineerName":${JSON.stringify(slot.engineerName)},"start":"`;
      slotHeads.set(slot.engineerId, head);
    }
    return head;
  };
  const { slots } = availability;
  let text = `{"durationMinutes":${JSON.stringify(availability.durationMinutes)},"slots":[`;
  for (let index = 0; index < slots.length; index += 1) {
    const slot = slots[index]!;
    const start = isoOf(slot.start);
    const end = isoOf(slot.end);
    text += `${index === 0 ? '' : ','}${headOf(slot)}${start}","end":"${end}","visits":[`;
    if (slot.visits) {
      for (let visit = 0; visit < slot.visits.length; visit += 1) {
        text += `${visit === 0 ? '' : ','}{"start":"${isoOf(slot.visits[visit]!.start)}","end":"${isoOf(slot.visits[visit]!.end)}"}`;
      }
      text += ']}';
    } else {
      text += `{"start":"${start}","end":"${end}"}]}`;
    }
  }
  return `${text}]}`;
}
