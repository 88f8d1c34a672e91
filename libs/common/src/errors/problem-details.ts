import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const PROBLEM_JSON = 'application/problem+json';

export class FieldErrorResponse {
  @ApiProperty({ example: 'email' })
  field!: string;

  @ApiProperty({ example: 'email must be an email' })
  message!: string;
}

/** RFC 9457 problem details, plus the members every error of this API carries. */
export class ProblemDetailsResponse {
  @ApiProperty({ example: 'https://vision-telematics.example/problems/validation-failed' })
  type!: string;

  @ApiProperty({ example: 'Bad Request' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiProperty({ example: 'The request is invalid' })
  detail!: string;

  @ApiProperty({ example: '/api/v1/engineers' })
  instance!: string;

  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable machine-readable error code' })
  code!: string;

  @ApiProperty({ example: '0b6f7c3e-5f0e-4a53-9a43-0f1b7f6b1c2d' })
  requestId!: string;

  @ApiPropertyOptional({ type: [FieldErrorResponse], description: 'One entry per bad field: on every 400, and on the other problems that name fields' })
  errors?: FieldErrorResponse[];
}
