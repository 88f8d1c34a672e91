import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, PageResponse, PageResponseShape, Roles, UuidParam } from '@app/common';
import { CreateVehicleDto } from './dto/create-vehicle.dto';
import { ListVehiclesQueryDto } from './dto/list-vehicles-query.dto';
import { UpdateVehicleDto } from './dto/update-vehicle.dto';
import { CustomerVehicleResponse, mapVehicle } from './dto/vehicle.response';
import { VehiclesService } from './vehicles.service';
import { VehicleHasDevicesError, VehicleHasOpenWorkError, VehicleNotFoundError, VehicleRegistrationTakenError } from './vehicles.errors';
import { CustomerNotFoundError } from '../customers/customers.errors';

@ApiTags('vehicles')
@Controller({ version: '1' })
export class VehiclesController {
  constructor(private readonly vehiclesService: VehiclesService) {}

  @Get('customers/:customerId/vehicles')
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'listCustomerVehicles',
    summary: "A customer's vehicles, newest first, optionally searched",
    description: 'The customer’s vehicles, keyset paginated; `q` finds text in the registration, VIN or fleet number (a full registration in any spacing).',
  })
  @ApiOkResponse({ type: PageResponse(CustomerVehicleResponse) })
  @ApiProblems(CustomerNotFoundError)
  async list(@UuidParam('customerId') customerId: string, @Query() query: ListVehiclesQueryDto): Promise<PageResponseShape<CustomerVehicleResponse>> {
    const page = await this.vehiclesService.listOfCustomer(customerId, query);
    return { items: page.items.map(mapVehicle), nextCursor: page.nextCursor };
  }

  @Post('customers/:customerId/vehicles')
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'createCustomerVehicle',
    summary: 'Add a vehicle to a customer',
    description: 'The registration is normalised (`AB12 CDE`) and unique per customer.',
  })
  @ApiCreatedResponse({ type: CustomerVehicleResponse })
  @ApiProblems(CustomerNotFoundError, VehicleRegistrationTakenError)
  async create(@UuidParam('customerId') customerId: string, @Body() input: CreateVehicleDto): Promise<CustomerVehicleResponse> {
    return mapVehicle(await this.vehiclesService.create(customerId, input));
  }

  @Get('vehicles/:id')
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'getVehicle',
    summary: 'Read one vehicle with what is fitted in it now',
    description: 'One vehicle with the devices fitted in it now.',
  })
  @ApiOkResponse({ type: CustomerVehicleResponse })
  @ApiProblems(VehicleNotFoundError)
  async get(@UuidParam() id: string): Promise<CustomerVehicleResponse> {
    return mapVehicle(await this.vehiclesService.getById(id));
  }

  @Patch('vehicles/:id')
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'updateVehicle',
    summary: 'Change some fields of a vehicle',
    description: 'Only the fields sent change; the registration stays unique per customer.',
  })
  @ApiOkResponse({ type: CustomerVehicleResponse })
  @ApiProblems(VehicleNotFoundError, VehicleRegistrationTakenError)
  async update(@UuidParam() id: string, @Body() changes: UpdateVehicleDto): Promise<CustomerVehicleResponse> {
    return mapVehicle(await this.vehiclesService.update(id, changes));
  }

  @Delete('vehicles/:id')
  @Roles('admin', 'dispatcher')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    operationId: 'deleteVehicle',
    summary: 'Delete a vehicle for good',
    description:
      'A vehicle with open work (an order not yet fulfilled or cancelled, an open installation task) is kept: 409 `VEHICLE_HAS_OPEN_WORK`; ' +
      'one with devices fitted is kept for the installation record: 409 `VEHICLE_HAS_DEVICES`.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(VehicleNotFoundError, VehicleHasOpenWorkError, VehicleHasDevicesError)
  async delete(@UuidParam() id: string): Promise<void> {
    await this.vehiclesService.delete(id);
  }
}
