import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Roles, ValidationFailedError } from '@app/common';
import { FindDevicesQueryDto } from './dto/find-devices-query.dto';
import { DeviceWhereaboutsListResponse, mapDeviceWhereabouts } from './dto/vehicle.response';
import { InstallationRecordService } from './installation-record.service';

@ApiTags('vehicles')
@Controller({ path: 'devices', version: '1' })
export class DevicesController {
  constructor(private readonly installationRecord: InstallationRecordService) {}

  @Get()
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'findDevices',
    summary: 'Where a device is fitted, by whom and when',
    description:
      'Give `imei`, `iccid` or `serial` (a unit matches when it has every one given). Answers the unit fitted now first, then its earlier ' +
      'fittings (`removedAt` set), newest first; an empty list when no unit has them.',
  })
  @ApiOkResponse({ type: DeviceWhereaboutsListResponse })
  async find(@Query() query: FindDevicesQueryDto): Promise<DeviceWhereaboutsListResponse> {
    if (query.imei === undefined && query.iccid === undefined && query.serial === undefined) {
      throw new ValidationFailedError([{ field: 'imei', message: 'give imei, iccid or serial' }]);
    }
    const found = await this.installationRecord.whereabouts({ imei: query.imei, iccid: query.iccid, serial: query.serial });
    return { items: found.map(mapDeviceWhereabouts) };
  }
}
