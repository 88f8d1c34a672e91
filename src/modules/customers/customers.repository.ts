import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, ObjectLiteral, Repository } from 'typeorm';
import { PlainRowReader, applyKeysetPage, containsPattern, insertInChunks, keysetCondition, lockedForUpdate } from '@app/common';
import { nameSuffixes, suffixRange } from './customer-name-suffixes';
import { CustomerNameSuffixEntity } from './entities/customer-name-suffix.entity';
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
 * The customers the search finds, as rows of (id, created_at): names containing the text through
 * the index range of their suffixes (customer-name-suffixes.ts), e-mails, postcodes and phone
 * digits through their trigram indexes (`lower(column) LIKE '%…%'`, migration
 * IndexSearch1764067700000) on PostgreSQL; SQLite compares row by row. Each branch reads its
 * own index and the union adds them up, where one OR over the columns and a suffix subquery
 * would leave PostgreSQL nothing but a scan.
 */
function matchingCustomers(search: CustomerSearch): { sql: string; parameters: ObjectLiteral } {
  const range = suffixRange(search.text);
  // Only columns the text could be in are asked. An e-mail address has no white space (it is
  // validated as one), so a full name cannot be in one, and its index was the costliest of the
  // trigram indexes for such text; a postcode is stored in at most 8 characters (`SW1A 1AA`).
  const columns = [
    ...(range ? [] : ['name']),
    ...(/\s/.test(search.text) ? [] : ['email']),
    ...(Array.from(search.text).length <= POSTCODE_LENGTH ? ['address_postcode'] : []),
  ];
  const contains = columns.map((column) => `LOWER("c"."${column}") LIKE :searchText ESCAPE '\\'`);
  if (search.phoneDigits) contains.push(`"c"."phone_digits" LIKE :searchDigits`);
  // Each branch a (select list, source) pair, so one alone can be DISTINCT and several a UNION.
  const branches: string[] = [];
  if (contains.length > 0) branches.push(`"c"."id" AS "id", "c"."created_at" AS "created_at" FROM "customers" "c" WHERE ${contains.join(' OR ')}`);
  if (range) {
    const inRange = `"s"."suffix" >= :suffixFrom AND "s"."suffix" < :suffixTo`;
    const nameChecked = range.checkName ? ` INNER JOIN "customers" "n" ON "n"."id" = "s"."customer_id" AND LOWER("n"."name") LIKE :searchText ESCAPE '\\'` : '';
    branches.push(`"s"."customer_id" AS "id", "s"."customer_created_at" AS "created_at" FROM "customer_name_suffixes" "s"${nameChecked} WHERE ${inRange}`);
  }
  // Either way a customer counts once, also when several suffixes of the name start with the text ("ana" in "Ana Ana").
  return {
    sql: branches.length === 1 ? `SELECT DISTINCT ${branches[0]}` : branches.map((branch) => `SELECT ${branch}`).join(' UNION '),
    parameters: { searchText: containsPattern(search.text), ...(search.phoneDigits && { searchDigits: `%${search.phoneDigits}%` }), suffixFrom: range?.from, suffixTo: range?.to },
  };
}

/** Three parameters a row: well inside both drivers' bound-parameter limits. */
const SUFFIXES_PER_INSERT = 300;

/** The most characters `address_postcode` holds: a normalised UK postcode (`SW1A 1AA`). */
const POSTCODE_LENGTH = 8;

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
  async findPage(query: CustomerListQuery): Promise<CustomerRecord[]> {
    if (!query.search) return applyKeysetPage(this.customers.createQueryBuilder('customer'), query).getMany();
    const matches = matchingCustomers(query.search);
    const after = query.cursor ? keysetCondition('"m"."created_at"', '"m"."id"', query.cursor) : undefined;
    return this.rows.many(
      `WITH "m" AS MATERIALIZED (${matches.sql}) SELECT ${this.rows.selectList} FROM "m" INNER JOIN "customers" "c" ON "c"."id" = "m"."id"` +
        `${after ? ` WHERE ${after.sql}` : ''} ORDER BY "m"."created_at" DESC, "m"."id" DESC LIMIT :limit`,
      { ...matches.parameters, ...after?.parameters, limit: query.limit + 1 },
    );
  }

  /**
   * Ids of the customers the search finds, the most recently created first, at most `limit`.
   * Found through their indexes, then sorted (MATERIALIZED keeps the steps apart): asked
   * straight for the newest, PostgreSQL walks the newest-first index testing every customer.
   */
  async findIdsMatching(search: CustomerSearch, limit: number): Promise<string[]> {
    const matches = matchingCustomers(search);
    const rows = await this.rows.raw(`WITH "m" AS MATERIALIZED (${matches.sql}) SELECT "id" FROM "m" ORDER BY "created_at" DESC, "id" DESC LIMIT :limit`, {
      ...matches.parameters,
      limit,
    });
    return rows.map((row) => row.id as string);
  }

  build(values: NewCustomer): CustomerEntity {
    return this.customers.create(values);
  }

  /**
   * Saves the customer and, when its name is new (`nameBefore` is the name it was read with,
   * null for a new customer), the suffixes a name search reads, in the same transaction.
   */
  async save(customer: CustomerEntity, manager: EntityManager, nameBefore: string | null): Promise<CustomerEntity> {
    const saved = await manager.getRepository(CustomerEntity).save(customer);
    if (saved.name !== nameBefore) await this.replaceNameSuffixes(saved, manager, nameBefore !== null);
    return saved;
  }

  private async replaceNameSuffixes(customer: CustomerEntity, manager: EntityManager, hadSuffixes: boolean): Promise<void> {
    const suffixes = manager.getRepository(CustomerNameSuffixEntity);
    if (hadSuffixes) await suffixes.delete({ customerId: customer.id });
    // A 200-character name has 200 suffixes.
    const rows = nameSuffixes(customer.name).map((suffix) => ({ customerId: customer.id, suffix, customerCreatedAt: customer.createdAt }));
    await insertInChunks(suffixes, rows, SUFFIXES_PER_INSERT);
  }

  async delete(customer: CustomerEntity, manager: EntityManager): Promise<void> {
    await manager.getRepository(CustomerEntity).delete({ id: customer.id });
  }
}
