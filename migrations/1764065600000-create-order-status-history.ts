import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

const ORDER_STATUSES = "'placed', 'fulfilled', 'cancelled'";

/**
 * Why each order is where it is: placed, fulfilled (work done, or nothing to install) or
 * cancelled (by a dispatcher, or because every task was). Orders placed before this table
 * existed have no rows; their reason and dates stay on the order itself.
 */
export class CreateOrderStatusHistory1764065600000 implements MigrationInterface {
  name = 'CreateOrderStatusHistory1764065600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.createTable(
      new Table({
        name: 'order_status_history',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'order_id', type: types.uuid },
          { name: 'from_status', type: 'varchar', length: '16', isNullable: true },
          { name: 'to_status', type: 'varchar', length: '16' },
          { name: 'at', type: types.instant },
          { name: 'reason', type: 'text' },
          { name: 'actor', type: 'varchar', length: '100' },
        ],
        foreignKeys: [
          { name: 'fk_order_status_history_order', columnNames: ['order_id'], referencedTableName: 'orders', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        checks: [
          { name: 'chk_order_status_history_from_status', expression: `from_status IN (${ORDER_STATUSES})` },
          { name: 'chk_order_status_history_to_status', expression: `to_status IN (${ORDER_STATUSES})` },
        ],
      }),
    );
    await queryRunner.createIndex('order_status_history', new TableIndex({ name: 'idx_order_status_history_order', columnNames: ['order_id', 'id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('order_status_history');
  }
}
