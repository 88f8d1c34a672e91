import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, PageResponse, PageResponseShape, Roles, UuidParam } from '@app/common';
import { CreateProductDto } from './dto/create-product.dto';
import { ListProductsQueryDto } from './dto/list-products-query.dto';
import { ProductResponse } from './dto/product.response';
import { UpdateProductDto } from './dto/update-product.dto';
import { ProductsService } from './products.service';
import { ProductNotFoundError, ProductSkuTakenError } from './product.errors';

@ApiTags('products')
@Controller({ path: 'products', version: '1' })
export class ProductsController {
  constructor(private readonly productsService: ProductsService) {}

  @Get()
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'listProducts',
    summary: 'List products, newest first, with optional filters',
    description: 'The catalogue, keyset paginated, filtered by category or active, `q` searching it.',
  })
  @ApiOkResponse({ type: PageResponse(ProductResponse) })
  list(@Query() query: ListProductsQueryDto): Promise<PageResponseShape<ProductResponse>> {
    return this.productsService.list(query);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({
    operationId: 'createProduct',
    summary: 'Add a product to the catalogue',
    description: 'A kit or accessory with its price (minor units and currency), installation time and the identifiers each fitted unit records. The SKU is unique.',
  })
  @ApiCreatedResponse({ type: ProductResponse })
  @ApiProblems(ProductSkuTakenError)
  create(@Body() input: CreateProductDto): Promise<ProductResponse> {
    return this.productsService.create(input);
  }

  @Get(':id')
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'getProduct',
    summary: 'Read one product, active or not',
    description: 'One product; deactivated products are still readable, for the orders that name them.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ProductResponse })
  @ApiProblems(ProductNotFoundError)
  get(@UuidParam() id: string): Promise<ProductResponse> {
    return this.productsService.getById(id);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({
    operationId: 'updateProduct',
    summary: 'Change some fields of a product',
    description: 'Only the fields sent change; orders already placed keep the price they were placed with.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ProductResponse })
  @ApiProblems(ProductNotFoundError, ProductSkuTakenError)
  update(@UuidParam() id: string, @Body() changes: UpdateProductDto): Promise<ProductResponse> {
    return this.productsService.update(id, changes);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    operationId: 'deactivateProduct',
    summary: 'Deactivate a product; the row is kept for existing orders',
    description: 'The product is no longer sold (new orders naming it are a 422); it stays readable for the orders that name it.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiNoContentResponse({ description: 'Deactivated (also when it already was)' })
  @ApiProblems(ProductNotFoundError)
  async deactivate(@UuidParam() id: string): Promise<void> {
    await this.productsService.deactivate(id);
  }
}
