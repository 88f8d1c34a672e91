import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SlotResponse } from '@app/common';
import type { Availability, SuggestedSlot } from '../availability.service';
import { EXPLANATION_PROPERTIES, EngineerExclusionResponse, explanationJsonFields } from './availability-explanation.response';

const isoOf = (instant: number) => new Date(instant).toISOString();

export class SuggestionResponse extends SlotResponse {
  @ApiProperty({
    type: 'integer',
    example: 25,
    description:
      'Minutes kept for travel from the previous stop of the day (a visit, or the home base at the day’s start with ' +
      '`settings.travelFromHome`) to the job: the flat buffer where a place is unknown; 0 when there is no such stop',
  })
  travelMinutesBefore!: number;

  @ApiProperty({ type: 'integer', example: 30, description: 'Minutes kept for travel from the job to the next visit of the day; 0 when there is none' })
  travelMinutesAfter!: number;

  @ApiProperty({
    example: 4.2,
    description:
      'Road km (great circle × `settings.roadFactor`, to 0.1 km) the job adds to the engineer’s day: previous stop → job → next ' +
      'visit, less previous stop → next visit; a place not known counts as no distance. Suggestions rank by it, then by start',
  })
  addedTravelKm!: number;
}

export class SuggestionsResponse {
  @ApiProperty({ type: 'integer', example: 120, description: 'The installation estimate: the length of every slot, or of its visits together' })
  durationMinutes!: number;

  @ApiProperty({ type: [SuggestionResponse] })
  slots!: SuggestionResponse[];

  @ApiPropertyOptional(EXPLANATION_PROPERTIES.excluded)
  excluded?: EngineerExclusionResponse[];

  @ApiPropertyOptional(EXPLANATION_PROPERTIES.nextAvailableDate)
  nextAvailableDate?: string | null;
}

function mapSuggestion(slot: SuggestedSlot): SuggestionResponse {
  const visits = slot.visits ?? [slot];
  return {
    engineerId: slot.engineerId,
    engineerName: slot.engineerName,
    start: isoOf(slot.start),
    end: isoOf(slot.end),
    visits: visits.map((visit) => ({ start: isoOf(visit.start), end: isoOf(visit.end) })),
    ...slot.travel,
  };
}

/** The response body as JSON text: at most 20 suggestions, so plainly serialised. */
export function suggestionsJson(suggestions: Availability<SuggestedSlot>): string {
  const body = JSON.stringify({ durationMinutes: suggestions.durationMinutes, slots: suggestions.slots.map(mapSuggestion) });
  return suggestions.explanation ? `${body.slice(0, -1)}${explanationJsonFields(suggestions.explanation)}}` : body;
}
