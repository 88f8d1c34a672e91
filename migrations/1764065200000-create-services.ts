import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

const SERVICE_STATUSES = "'pending', 'scheduled', 'in_progress', 'completed', 'cancelled'";

/**
 * Services and their status history. order_id has no foreign key on purpose: the orders
 * table belongs to the Orders module, which talks to this one through events only.
 */
export class CreateServices1764065200000 implements MigrationInterface {
  name = 'CreateServices1764065200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.createTable(
      new Table({
        name: 'services',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'order_id', type: types.uuid },
          { name: 'type', type: 'varchar', length: '32' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'engineer_id', type: types.uuid, isNullable: true },
          { name: 'estimated_minutes', type: 'integer' },
          { name: 'installation_postcode', type: 'varchar', length: '16' },
          { name: 'required_skills', type: types.json },
          { name: 'created_at', type: types.instant },
          { name: 'updated_at', type: types.instant },
        ],
        // One service of each type per order: makes the OrderPlaced listener idempotent.
        // Its leading order_id column also serves the orderId filter.
        uniques: [{ name: 'uq_services_order_type', columnNames: ['order_id', 'type'] }],
        checks: [
          { name: 'chk_services_status', expression: `status IN (${SERVICE_STATUSES})` },
          { name: 'chk_services_estimated_minutes', expression: 'estimated_minutes >= 0' },
        ],
      }),
    );
    // Each list filter is followed by the keyset order, so a filtered page is one index range.
    const listIndexes: Array<[string, string[]]> = [
      ['idx_services_created_at_id', ['created_at', 'id']],
      ['idx_services_status_created_at_id', ['status', 'created_at', 'id']],
      ['idx_services_engineer_created_at_id', ['engineer_id', 'created_at', 'id']],
      ['idx_services_type_created_at_id', ['type', 'created_at', 'id']],
    ];
    for (const [name, columnNames] of listIndexes) {
      await queryRunner.createIndex('services', new TableIndex({ name, columnNames }));
    }

    await queryRunner.createTable(
      new Table({
        name: 'service_status_history',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'service_id', type: types.uuid },
          { name: 'from_status', type: 'varchar', length: '16', isNullable: true },
          { name: 'to_status', type: 'varchar', length: '16' },
          { name: 'at', type: types.instant },
          { name: 'note', type: 'text', isNullable: true },
          { name: 'actor', type: 'varchar', length: '100' },
        ],
        foreignKeys: [
          {
            name: 'fk_service_status_history_service',
            columnNames: ['service_id'],
            referencedTableName: 'services',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        checks: [
          { name: 'chk_service_status_history_from_status', expression: `from_status IN (${SERVICE_STATUSES})` },
          { name: 'chk_service_status_history_to_status', expression: `to_status IN (${SERVICE_STATUSES})` },
        ],
      }),
    );
    await queryRunner.createIndex(
      'service_status_history',
      new TableIndex({ name: 'idx_service_status_history_service_at', columnNames: ['service_id', 'at', 'id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('service_status_history');
    await queryRunner.dropTable('services');
  }
}
