import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { PlainRowReader, applyKeysetPage, applyTextSearch, containsPattern, lockedForUpdate } from '@app/common';
import { CustomerEntity } from './entities/customer.entity';

/** What `q` looks for, in the forms the columns store. */
export interface CustomerSearch {
  /** Contained in the name, e-mail or postcode, in any case. */
  text: string;
  /** Contained in the phone number's digits; absent when the text is not (part of) a number. */
  phoneDigits?: string;
}

export interface CustomerListQuery {
  limit: number;
  cursor?: string;
  search?: CustomerSearch;
}

/**
 * Keeps the customers the search finds. Each comparison is one a PostgreSQL trigram index
 * answers (`lower(column) LIKE '%…%'`, migration IndexSearch1764067700000), so the OR is a
 * union of index scans, not a scan of the table; SQLite compares row by row.
 */
function applySearch(query: SelectQueryBuilder<CustomerEntity>, search: CustomerSearch): SelectQueryBuilder<CustomerEntity> {
  // An e-mail address has no white space (it is validated as one), so text with some, a full
  // name, cannot be in one: its index, the costliest of the three for such text, is not asked.
  const columns = /\s/.test(search.text) ? ['name', 'addressPostcode'] : ['name', 'email', 'addressPostcode'];
  const contains = columns.map((property) => `LOWER(customer.${property}) LIKE :searchText ESCAPE '\\'`);
  if (search.phoneDigits) contains.push(`customer.phoneDigits LIKE :searchDigits`);
  return query.andWhere(`(${contains.join(' OR ')})`, {
    searchText: containsPattern(search.text),
    ...(search.phoneDigits ? { searchDigits: `%${search.phoneDigits}%` } : {}),
  });
}

export type NewCustomer = Omit<CustomerEntity, 'id' | 'createdAt' | 'updatedAt'>;

/** A customer row as plain data, for reads that change nothing. */
export type CustomerRecord = Pick<CustomerEntity, keyof CustomerEntity>;

/** Every query on the customers table. Reads take an optional manager to join a transaction. */
@Injectable()
export class CustomersRepository {
  // Every order page reads its customer: explicit SQL without the query builder (docs/performance.md).
  private readonly rows: PlainRowReader<CustomerRecord>;

  constructor(@InjectRepository(CustomerEntity) private readonly customers: Repository<CustomerEntity>) {
    this.rows = new PlainRowReader(customers.manager, customers.metadata, 'c');
  }

  async readById(id: string): Promise<CustomerRecord | null> {
    const [row] = await this.rows.many(`SELECT ${this.rows.selectList} FROM "customers" "c" WHERE "c"."id" = :id`, { id });
    return row ?? null;
  }

  /** Names by id for a batch of customers, in one query. */
  async namesOf(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.customers.find({ select: { id: true, name: true }, where: { id: In([...new Set(ids)]) } });
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  findById(id: string, manager?: EntityManager): Promise<CustomerEntity | null> {
    return (manager ? manager.getRepository(CustomerEntity) : this.customers).findOneBy({ id });
  }

  /** On PostgreSQL the row stays locked until commit, so an order and a delete cannot cross. */
  findForUpdate(id: string, manager: EntityManager): Promise<CustomerEntity | null> {
    return lockedForUpdate(manager.getRepository(CustomerEntity).createQueryBuilder('customer').where('customer.id = :id', { id })).getOne();
  }

  /**
   * The customer this API key created with this (lower-case) e-mail, the first if several, locked
   * like `findForUpdate`. On PostgreSQL a transaction lock on (key, e-mail) is taken first, held
   * until commit, so two orders of one new buyer placed at once do not both create the customer;
   * SQLite's write transactions already run one at a time.
   */
  async findCreatedByApiKeyForUpdate(apiKeyId: string, email: string, manager: EntityManager): Promise<CustomerEntity | null> {
    if (manager.connection.options.type === 'postgres') {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`customers:api-key:${apiKeyId}:${email}`]);
    }
    return lockedForUpdate(
      manager
        .getRepository(CustomerEntity)
        .createQueryBuilder('customer')
        .where('customer.createdByApiKeyId = :apiKeyId AND customer.email = :email', { apiKeyId, email })
        .orderBy('customer.createdAt', 'ASC')
        .addOrderBy('customer.id', 'ASC')
        .limit(1),
    ).getOne();
  }

  /** Newest first; returns up to `limit + 1` rows for `toPage`. */
  findPage(query: CustomerListQuery): Promise<CustomerEntity[]> {
    const builder = this.customers.createQueryBuilder('customer');
    if (query.search) applySearch(builder, query.search);
    return applyKeysetPage(builder, query).getMany();
  }

  /**
   * Ids of the customers the search finds, the most recently created first, at most `limit`.
   * Found through the trigram indexes, then sorted: asked straight for the newest, PostgreSQL
   * walks the newest-first index testing every customer, slower for a common surname.
   */
  async findIdsMatching(search: CustomerSearch, limit: number): Promise<string[]> {
    const matching = applySearch(this.customers.createQueryBuilder('customer').select('customer.id', 'id').addSelect('customer.createdAt', 'created_at'), search);
    const [sql, parameters] = matching.getQueryAndParameters();
    const rows = (await this.customers.query(
      `WITH "matches" AS MATERIALIZED (${sql}) SELECT "id" FROM "matches" ORDER BY "created_at" DESC, "id" DESC LIMIT ${Math.trunc(limit)}`,
      parameters,
    )) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }

  build(values: NewCustomer): CustomerEntity {
    return this.customers.create(values);
  }

  save(customer: CustomerEntity, manager: EntityManager): Promise<CustomerEntity> {
    return manager.getRepository(CustomerEntity).save(customer);
  }

  async delete(customer: CustomerEntity, manager: EntityManager): Promise<void> {
    await manager.getRepository(CustomerEntity).delete({ id: customer.id });
  }
}
