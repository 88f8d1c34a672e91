import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SlotResponse } from '@app/common';
import { EpochInterval, MINUTE_MS } from '../availability/interval';
import type { Availability, OfferedSlot } from '../availability.service';
import { EXPLANATION_PROPERTIES, EngineerExclusionResponse, explanationJsonFields } from './availability-explanation.response';

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

/** Four months: a month's window, the eight weeks "why no slot" looks ahead and the longest run fit. */
const KNOWN_MINUTES = 120 * 24 * 60;
let knownIso: Array<Buffer | undefined> = [];
let firstKnownMinute = 0;

const isoBytes = (instant: number) => Buffer.from(new Date(instant).toISOString(), 'latin1');

/**
 * ISO text of instants already formatted, as bytes, shared by every search: searches ask for
 * the same fortnights all day, so nearly every slot boundary is one formatted before. Slot
 * boundaries fall on whole minutes: they are kept by minute, in an array from the first minute
 * formatted, whose index costs far less than a Map's hashing of a millisecond count (a heap
 * number; a profile put 5 % of a two-day search in that lookup). An instant outside the array's
 * span starts it again from there; one that is not a whole minute is formatted each time.
 */
export function isoBytesOf(instant: number): Buffer {
  const minute = instant / MINUTE_MS;
  if (!Number.isInteger(minute)) return isoBytes(instant);
  let index = minute - firstKnownMinute;
  if (index < 0 || index >= KNOWN_MINUTES || knownIso.length === 0) {
    // A fortnight's searches reach a little into the past (travel, day margins): start a day early.
    firstKnownMinute = minute - 24 * 60;
    knownIso = new Array<Buffer | undefined>(KNOWN_MINUTES).fill(undefined);
    index = minute - firstKnownMinute;
  }
  return (knownIso[index] ??= isoBytes(instant));
}

const text = (fragment: string) => Buffer.from(fragment, 'utf8');
// Fragments fused where they always follow each other: each write is a call and a copy.
const SLOTS_OPEN = text(',"slots":[');
const COMMA = text(',');
const END_KEY = text('","end":"');
const VISITS_OPEN = text('","visits":[{"start":"');
const VISIT_NEXT_START = text('"},{"start":"');
const SLOT_CLOSE = text('"}]}');
const SLOTS_CLOSE = text(']');
const BODY_CLOSE = text('}');

/** Bytes appended to one buffer that doubles when full: no string per fragment for the collector to trace. */
class ByteWriter {
  private buffer: Buffer;
  private length = 0;

  constructor(expectedBytes: number) {
    this.buffer = Buffer.allocUnsafe(Math.max(256, expectedBytes));
  }

  write(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes.length));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

/** About what a slot of two visits takes, so most answers fit the first buffer. */
const EXPECTED_BYTES_PER_SLOT = 360;

/**
 * The response body, byte for byte what `JSON.stringify` makes of an `AvailabilityResponse`.
 * A fortnight for a team is thousands of slots, most of a megabyte: written as bytes into one
 * buffer there is no response object per slot, no string per fragment and no serialiser
 * walking them, which under load was most of the garbage collector's work (docs/performance.md).
 * Instants come formatted from `isoBytesOf`; each engineer's id and name are escaped once, and
 * a one-visit slot's visits repeat its start and end.
 */
export function availabilityBody(availability: Availability): Buffer {
  const { slots } = availability;
  const writer = new ByteWriter(64 + slots.length * EXPECTED_BYTES_PER_SLOT);
  const slotHeads = new Map<string, Buffer>();
  const writeHead = (slot: OfferedSlot) => {
    let head = slotHeads.get(slot.engineerId);
    if (head === undefined) {
      head = text(`{"engineerId":${JSON.stringify(slot.engineerId)},"engineerName":${JSON.stringify(slot.engineerName)},"start":"`);
      slotHeads.set(slot.engineerId, head);
    }
    writer.write(head);
  };
  const writeVisit = (visit: EpochInterval, first: boolean) => {
    writer.write(first ? VISITS_OPEN : VISIT_NEXT_START);
    writer.write(isoBytesOf(visit.start));
    writer.write(END_KEY);
    writer.write(isoBytesOf(visit.end));
  };
  writer.write(text(`{"durationMinutes":${JSON.stringify(availability.durationMinutes)}`));
  writer.write(SLOTS_OPEN);
  for (let index = 0; index < slots.length; index += 1) {
    const slot = slots[index]!;
    if (index > 0) writer.write(COMMA);
    writeHead(slot);
    writer.write(isoBytesOf(slot.start));
    writer.write(END_KEY);
    writer.write(isoBytesOf(slot.end));
    const visits = slot.visits ?? [slot];
    for (let visit = 0; visit < visits.length; visit += 1) writeVisit(visits[visit]!, visit === 0);
    writer.write(SLOT_CLOSE);
  }
  writer.write(SLOTS_CLOSE);
  if (availability.explanation) writer.write(text(explanationJsonFields(availability.explanation)));
  writer.write(BODY_CLOSE);
  return writer.bytes();
}
