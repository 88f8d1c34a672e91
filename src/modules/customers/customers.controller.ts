import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, PageResponse, PageResponseShape, Roles, UuidParam } from '@app/common';
import { CreateCustomerDto } from './dto/create-customer.dto';
import { CustomerResponse, mapCustomer } from './dto/customer.response';
import { ListCustomersQueryDto } from './dto/list-customers-query.dto';
import { UpdateCustomerDto } from './dto/update-customer.dto';
import { CustomersService } from './customers.service';
import { CustomerHasOrdersError, CustomerNotFoundError } from './customers.errors';

@ApiTags('customers')
@Controller({ path: 'customers', version: '1' })
export class CustomersController {
  constructor(private readonly customersService: CustomersService) {}

  @Get()
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'listCustomers',
    summary: 'List customers, newest first, optionally searched',
    description: 'Customers, keyset paginated; `q` finds text in the name, e-mail or postcode (a full postcode in any spacing).',
  })
  @ApiOkResponse({ type: PageResponse(CustomerResponse) })
  async list(@Query() query: ListCustomersQueryDto): Promise<PageResponseShape<CustomerResponse>> {
    const page = await this.customersService.list(query);
    return { items: page.items.map(mapCustomer), nextCursor: page.nextCursor };
  }

  @Post()
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'createCustomer',
    summary: 'Add a customer',
    description: 'A customer with a contact e-mail and phone and an address; the postcode is normalised (`SW1A 1AA`).',
  })
  @ApiCreatedResponse({ type: CustomerResponse })
  async create(@Body() input: CreateCustomerDto): Promise<CustomerResponse> {
    return mapCustomer(await this.customersService.create(input));
  }

  @Get(':id')
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'getCustomer',
    summary: 'Read one customer',
    description: 'One customer with their address.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(CustomerNotFoundError)
  async get(@UuidParam() id: string): Promise<CustomerResponse> {
    return mapCustomer(await this.customersService.getById(id));
  }

  @Patch(':id')
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'updateCustomer',
    summary: 'Change some fields of a customer; an address replaces the whole address',
    description: 'Only the fields sent change; `address` replaces the whole address.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(CustomerNotFoundError)
  async update(@UuidParam() id: string, @Body() changes: UpdateCustomerDto): Promise<CustomerResponse> {
    return mapCustomer(await this.customersService.update(id, changes));
  }

  @Delete(':id')
  @Roles('admin', 'dispatcher')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    operationId: 'deleteCustomer',
    summary: 'Delete a customer for good',
    description: 'A customer with orders is kept for their history: 409 `CUSTOMER_HAS_ORDERS`.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(CustomerNotFoundError, CustomerHasOrdersError)
  async delete(@UuidParam() id: string): Promise<void> {
    await this.customersService.delete(id);
  }
}
