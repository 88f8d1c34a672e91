import { ApiProperty } from '@nestjs/swagger';

export class CalendarFeedUrlResponse {
  @ApiProperty({ format: 'uri', example: 'https://vision.example/api/v1/calendar/6Kq0m3VwXy1pQ2rS3tU4vW5xY6zA7bC8dE9fG0hI1jK.ics' })
  url!: string;
}
