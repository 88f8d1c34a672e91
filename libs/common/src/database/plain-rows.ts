import { EntityManager, EntityMetadata, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Column types whose values node-postgres already returns as the driver's hydration would
 * leave them (text, numbers, booleans, parsed JSON, timestamps as Dates), read from
 * `PostgresDriver.prepareHydratedValue`. Its chain of type tests, run for every column of
 * every row, was a tenth of an orders page's CPU time; such columns are not converted.
 * Dates (`date`), enums, arrays, columns typed `Number` (parsed as integers) and anything with
 * a transformer still are.
 */
const READY_ON_POSTGRES: ReadonlySet<unknown> = new Set<unknown>([
  'uuid',
  'varchar',
  'character varying',
  'text',
  'integer',
  'int',
  'int4',
  'smallint',
  'int2',
  'bigint',
  'int8',
  'double precision',
  'float8',
  'real',
  'numeric',
  'decimal',
  'boolean',
  'bool',
  'jsonb',
  'json',
  'timestamptz',
  'timestamp with time zone',
  String,
  Boolean,
]);

function needsHydration(driverType: string, column: ColumnMetadata): boolean {
  return driverType !== 'postgres' || Boolean(column.transformer) || column.isArray || !READY_ON_POSTGRES.has(column.type);
}

/**
 * `IN (:...list)` as `= ANY(:list)`, the list sent as one array parameter: the statement's text
 * is then the same for any length of list, so it is prepared once on a connection (`PoolClient`)
 * where each length would have been a statement of its own. Same rows, same plan.
 */
export function withArrayParameters(sql: string): string {
  // NOT IN is left as it is: `NOT = ANY` is no SQL.
  return sql.replace(/(?<!\bNOT) IN \(:\.\.\.(\w+)\)/g, ' = ANY(:$1)');
}

/**
 * Explicit SQL for hot read paths. The select list is built once from the entity's
 * metadata (every column, or the properties named), and each row is converted by the
 * driver's own hydration (dates, booleans, JSON), so a row equals what `find()` returns — as a plain object, without the query
 * builder and the entity transformer running on every request (docs/performance.md).
 * Parameters are `:name` / `:...list`, turned into each driver's placeholders (a list in
 * `IN (:...list)` into one array parameter on PostgreSQL).
 */
export class PlainRowReader<Row extends ObjectLiteral> {
  private readonly columns: ColumnMetadata[];
  /** The columns whose raw values the driver's hydration changes. */
  private readonly hydrated: ColumnMetadata[];
  /** `"alias"."column" AS "property"`, for every column of the entity. */
  readonly selectList: string;
  /** `"alias"."column" AS "alias.property"`: for a join, where two entities' columns must keep apart (`pick`). */
  readonly qualifiedSelectList: string;
  private readonly primaryKey: string;

  constructor(
    private readonly manager: EntityManager,
    metadata: EntityMetadata,
    readonly alias: string,
    properties?: readonly (keyof Row & string)[],
  ) {
    const wanted = properties && new Set<string>(properties);
    this.columns = metadata.columns.filter((column) => !column.isVirtual && (!wanted || wanted.has(column.propertyName)));
    this.hydrated = this.columns.filter((column) => needsHydration(manager.connection.driver.options.type, column));
    const escape = (name: string) => manager.connection.driver.escape(name);
    const selectAs = (name: (column: ColumnMetadata) => string) =>
      this.columns.map((column) => `${escape(alias)}.${escape(column.databaseName)} AS ${escape(name(column))}`).join(', ');
    this.selectList = selectAs((column) => column.propertyName);
    this.qualifiedSelectList = selectAs((column) => `${alias}.${column.propertyName}`);
    this.primaryKey = `${alias}.${metadata.primaryColumns[0]!.propertyName}`;
  }

  /** Rows as the driver returns them; `:name` / `:...list` parameters. */
  async raw(sql: string, parameters: ObjectLiteral = {}, manager = this.manager): Promise<ObjectLiteral[]> {
    const driver = manager.connection.driver;
    const [query, values] = driver.escapeQueryWithParameters(driver.options.type === 'postgres' ? withArrayParameters(sql) : sql, parameters);
    return (await manager.query(query, values)) as ObjectLiteral[];
  }

  /** This entity's part of a row selected with `qualifiedSelectList`; null where a LEFT JOIN matched nothing. */
  pick(row: ObjectLiteral): Row | null {
    if (row[this.primaryKey] === null || row[this.primaryKey] === undefined) return null;
    const driver = this.manager.connection.driver;
    const picked: ObjectLiteral = {};
    for (const column of this.columns) picked[column.propertyName] = row[`${this.alias}.${column.propertyName}`];
    for (const column of this.hydrated) picked[column.propertyName] = driver.prepareHydratedValue(picked[column.propertyName], column);
    return picked as Row;
  }

  /** `manager`: a transaction's, to read inside it. */
  async many(sql: string, parameters: ObjectLiteral = {}, manager = this.manager): Promise<Row[]> {
    const driver = manager.connection.driver;
    const rows = await this.raw(sql, parameters, manager);
    // Columns are selected under their property names, so each row is converted in place:
    // on a page of orders, fewer objects means measurably less garbage collection.
    const hydrated = this.hydrated;
    if (hydrated.length === 0) return rows as Row[];
    for (const row of rows) {
      for (const column of hydrated) row[column.propertyName] = driver.prepareHydratedValue(row[column.propertyName], column);
    }
    return rows as Row[];
  }
}
