import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Roles } from '@app/common';
import { SettingsResponse, mapSettings } from './dto/settings.response';
import { UpdateSettingsDto } from './dto/update-settings.dto';
import { SettingsService } from './settings.service';

@ApiTags('settings')
@Controller({ path: 'settings', version: '1' })
export class SettingsController {
  constructor(private readonly settingsService: SettingsService) {}

  @Get()
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'getSettings',
    summary: 'Read the business settings',
    description: 'The settings scheduling and orders use: business time zone, default working hours, slot grid, lead time, travel buffer and daily job limit.',
  })
  @ApiOkResponse({ type: SettingsResponse })
  async get(): Promise<SettingsResponse> {
    return mapSettings(await this.settingsService.current());
  }

  @Patch()
  @Roles('admin')
  @ApiOperation({
    operationId: 'updateSettings',
    summary: 'Change some business settings',
    description: 'Only the fields sent change; scheduling reads the new values from then on.',
  })
  @ApiOkResponse({ type: SettingsResponse })
  async update(@Body() changes: UpdateSettingsDto): Promise<SettingsResponse> {
    return mapSettings(await this.settingsService.update(changes));
  }
}
