import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DEVICE_IDENTIFIERS, DeviceIdentifier, Page, UnitOfWork, toPage } from '@app/common';
import { CreateProductDto } from './dto/create-product.dto';
import { ListProductsQueryDto } from './dto/list-products-query.dto';
import { ProductResponse, mapProduct } from './dto/product.response';
import { UpdateProductDto } from './dto/update-product.dto';
import { ProductEntity } from './entities/product.entity';
import { ProductNotFoundError } from './product.errors';
import { assertInstallationDuration } from './product-rules';
import { ProductsRepository } from './products.repository';

/** What orders need to price a line and plan its installation; a plain copy, not an entity. */
export interface ProductSnapshot {
  id: string;
  sku: string;
  name: string;
  category: string;
  priceMinor: number;
  currency: string;
  requiresInstallation: boolean;
  installMinutes: number;
  active: boolean;
}

function toSnapshot(product: ProductEntity): ProductSnapshot {
  return {
    id: product.id,
    sku: product.sku,
    name: product.name,
    category: product.category,
    priceMinor: product.priceMinor,
    currency: product.currency,
    requiresInstallation: product.requiresInstallation,
    installMinutes: product.installMinutes,
    active: product.active,
  };
}

/** In one order whatever order they were sent in: imei, iccid, serial. */
function canonicalIdentifiers(identifiers: readonly DeviceIdentifier[]): DeviceIdentifier[] {
  return DEVICE_IDENTIFIERS.filter((identifier) => identifiers.includes(identifier));
}

function requireProduct(product: ProductEntity | null, id: string): ProductEntity {
  if (!product) throw new ProductNotFoundError(id);
  return product;
}

@Injectable()
export class ProductsService {
  constructor(
    private readonly productsRepository: ProductsRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  // Each row is mapped to its response once, here: entities never leave the service.
  async list(query: ListProductsQueryDto): Promise<Page<ProductResponse>> {
    const rows = await this.productsRepository.findPage(query);
    return toPage(rows, query.limit, mapProduct);
  }

  async getById(id: string): Promise<ProductResponse> {
    return mapProduct(requireProduct(await this.productsRepository.findById(id), id));
  }

  async create(input: CreateProductDto): Promise<ProductResponse> {
    const product = this.productsRepository.build({
      ...input,
      description: input.description ?? null,
      installMinutes: input.installMinutes ?? 0,
      active: input.active ?? true,
      identifiers: canonicalIdentifiers(input.identifiers ?? []),
    });
    assertInstallationDuration(product);
    return mapProduct(await this.unitOfWork.run((manager) => this.productsRepository.save(product, manager)));
  }

  async update(id: string, changes: UpdateProductDto): Promise<ProductResponse> {
    const saved = await this.unitOfWork.run(async (manager) => {
      const product = requireProduct(await this.productsRepository.findById(id, manager), id);
      Object.assign(product, changes, changes.identifiers ? { identifiers: canonicalIdentifiers(changes.identifiers) } : {});
      assertInstallationDuration(product);
      return this.productsRepository.save(product, manager);
    });
    return mapProduct(saved);
  }

  /** Products are never deleted: orders keep pointing at them. Deactivating twice is harmless. */
  async deactivate(id: string): Promise<void> {
    await this.unitOfWork.run(async (manager) => {
      const product = requireProduct(await this.productsRepository.findById(id, manager), id);
      if (!product.active) return;
      product.active = false;
      await this.productsRepository.save(product, manager);
    });
  }

  /**
   * The products behind an order's lines, inactive ones included so the caller can say
   * which line is no longer sold. Unknown ids are simply absent from the result. Pass the
   * order's transaction manager to read inside it.
   */
  async findForPricing(ids: string[], manager?: EntityManager): Promise<ProductSnapshot[]> {
    const products = await this.productsRepository.findByIds(ids, manager);
    return products.map(toSnapshot);
  }

  /** What each fitted unit of these products must be recorded with, by product id (Services, on completion); unknown ids are absent. */
  async identifiersOf(ids: string[], manager?: EntityManager): Promise<Map<string, DeviceIdentifier[]>> {
    const products = await this.productsRepository.findByIds(ids, manager);
    return new Map(products.map((product) => [product.id, [...product.identifiers]]));
  }
}
