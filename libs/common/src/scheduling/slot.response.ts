import { ApiProperty } from '@nestjs/swagger';

export class SlotVisitResponse {
  @ApiProperty({ format: 'date-time', example: '2026-03-02T09:00:00.000Z' })
  start!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T17:00:00.000Z' })
  end!: string;
}

/** A slot offered for an order's installation: staff's availability and a customer's link answer the same shape. */
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
