import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { EntityManager, In, Repository } from 'typeorm';
import { applyKeysetPage, applyTextSearch, isUniqueViolation, violatedConstraint } from '@app/common';
import { ProductEntity } from './entities/product.entity';
import { ProductSkuTakenError } from './product.errors';

export interface ProductListQuery {
  limit: number;
  cursor?: string;
  category?: string;
  active?: boolean;
  q?: string;
}

export type NewProduct = Omit<ProductEntity, 'id' | 'createdAt' | 'updatedAt'>;

/** Every query on the products table. Reads take an optional manager to join a transaction. */
@Injectable()
export class ProductsRepository {
  constructor(@InjectRepository(ProductEntity) private readonly products: Repository<ProductEntity>) {}

  private repository(manager?: EntityManager): Repository<ProductEntity> {
    return manager ? manager.getRepository(ProductEntity) : this.products;
  }

  findById(id: string, manager?: EntityManager): Promise<ProductEntity | null> {
    return this.repository(manager).findOneBy({ id });
  }

  /** Ids that are not UUIDs cannot match; dropping them keeps PostgreSQL from rejecting the query. */
  findByIds(ids: readonly string[], manager?: EntityManager): Promise<ProductEntity[]> {
    const candidates = [...new Set(ids)].filter((id) => isUUID(id));
    if (candidates.length === 0) return Promise.resolve([]);
    return this.repository(manager).findBy({ id: In(candidates) });
  }

  /** Newest first; returns up to `limit + 1` rows for `toPage`. */
  findPage(query: ProductListQuery): Promise<ProductEntity[]> {
    const builder = this.products.createQueryBuilder('product');
    if (query.category !== undefined) builder.andWhere('product.category = :category', { category: query.category });
    if (query.active !== undefined) builder.andWhere('product.active = :active', { active: query.active });
    if (query.q) applyTextSearch(builder, ['sku', 'name', 'description'], query.q);
    return applyKeysetPage(builder, query).getMany();
  }

  build(values: NewProduct): ProductEntity {
    return this.products.create(values);
  }

  /** Inserts or updates; the unique index on sku is what settles two concurrent claims to one SKU. */
  async save(product: ProductEntity, manager: EntityManager): Promise<ProductEntity> {
    try {
      return await manager.getRepository(ProductEntity).save(product);
    } catch (error) {
      if (isUniqueViolation(error) && violatedConstraint(error).includes('sku')) throw new ProductSkuTakenError(product.sku);
      throw error;
    }
  }
}
