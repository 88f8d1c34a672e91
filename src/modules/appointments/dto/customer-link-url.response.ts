import { ApiProperty } from '@nestjs/swagger';

export class CustomerLinkUrlResponse {
  @ApiProperty({ format: 'uri', example: 'https://vision.example/api/v1/appointments/6Kq0m3VwXy1pQ2rS3tU4vW5xY6zA7bC8dE9fG0hI1jK' })
  url!: string;
}
