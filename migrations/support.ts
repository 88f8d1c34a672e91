import { QueryRunner, TableColumn } from 'typeorm';
import { DateUtils } from 'typeorm/util/DateUtils';

/**
 * Inserts a row without entity metadata (migrations must not depend on entities that
 * change later). Dates are written in the form each driver's entities read back.
 */
export async function insertRow(queryRunner: QueryRunner, table: string, row: Record<string, unknown>): Promise<void> {
  const postgres = queryRunner.connection.options.type === 'postgres';
  const columns = Object.keys(row);
  const values = Object.values(row).map((value) =>
    value instanceof Date && !postgres ? DateUtils.mixedDateToUtcDatetimeString(value) : value,
  );
  const placeholders = columns.map((_, index) => (postgres ? `$${index + 1}` : '?'));
  const quoted = columns.map((column) => `"${column}"`).join(', ');
  await queryRunner.query(`INSERT INTO "${table}" (${quoted}) VALUES (${placeholders.join(', ')})`, values);
}

/** A nullable WGS84 location as two columns, `<prefix>_lat` and `<prefix>_lng`. */
export function coordinateColumns(prefix: string): TableColumn[] {
  return [
    new TableColumn({ name: `${prefix}_lat`, type: 'double precision', isNullable: true }),
    new TableColumn({ name: `${prefix}_lng`, type: 'double precision', isNullable: true }),
  ];
}
