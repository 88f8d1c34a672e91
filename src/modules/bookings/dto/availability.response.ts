import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Availability, OfferedSlot } from '../availability.service';
import { EXPLANATION_PROPERTIES, EngineerExclusionResponse, explanationJsonFields } from './availability-explanation.response';

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

  @ApiPropertyOptional(EXPLANATION_PROPERTIES.excluded)
  excluded?: EngineerExclusionResponse[];

  @ApiPropertyOptional(EXPLANATION_PROPERTIES.nextAvailableDate)
  nextAvailableDate?: string | null;
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
 * Instants come formatted from `isoOf`; each engineer's id and name are escaped once, and a
 * one-visit slot's visits repeat its start and end.
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
  // A one-visit slot's text after its head depends on its start alone (it lasts the estimate):
  // engineers share the grid, so each start's text is written once per search.
  const durationMs = availability.durationMinutes * 60_000;
  const oneVisitTails = new Map<number, string>();
  const tailOf = (slot: OfferedSlot) => {
    if (slot.visits) {
      let visits = '';
      for (let index = 0; index < slot.visits.length; index += 1) {
        visits += `${index === 0 ? '' : ','}{"start":"${isoOf(slot.visits[index]!.start)}","end":"${isoOf(slot.visits[index]!.end)}"}`;
      }
      return `${isoOf(slot.start)}","end":"${isoOf(slot.end)}","visits":[${visits}]}`;
    }
    const shared = slot.end - slot.start === durationMs;
    let tail = shared ? oneVisitTails.get(slot.start) : undefined;
    if (tail === undefined) {
      const start = isoOf(slot.start);
      const end = isoOf(slot.end);
      tail = `${start}","end":"${end}","visits":[{"start":"${start}","end":"${end}"}]}`;
      if (shared) oneVisitTails.set(slot.start, tail);
    }
    return tail;
  };
  let text = `{"durationMinutes":${JSON.stringify(availability.durationMinutes)},"slots":[`;
  for (let index = 0; index < slots.length; index += 1) {
    const slot = slots[index]!;
    text += `${index === 0 ? '' : ','}${headOf(slot)}${tailOf(slot)}`;
  }
  return `${text}]${availability.explanation ? explanationJsonFields(availability.explanation) : ''}}`;
}
