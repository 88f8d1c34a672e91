import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { CreateWebhookDto } from './create-webhook.dto';

/** Only the fields sent are changed; `null` is refused except for `description`, where it clears the text. */
export class UpdateWebhookDto extends PartialType(CreateWebhookDto, { skipNullProperties: false }) {
  /**
   * `true` enables a disabled endpoint again (its reason cleared, its pending messages due at once);
   * `false` disables it: nothing is sent, and new events are not queued for it.
   */
  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}
