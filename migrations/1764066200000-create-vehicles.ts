import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

/**
 * The Vehicles module: customers' vehicles and the installation record of what is fitted in
 * them. customer_id, product_id, service_id and engineer_id carry no foreign key: those
 * tables belong to other modules. An identifier is fitted in one vehicle at a time: a
 * partial unique index per identifier over the rows not yet removed.
 */
export class CreateVehicles1764066200000 implements MigrationInterface {
  name = 'CreateVehicles1764066200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    const timestamps = [
      { name: 'created_at', type: types.instant },
      { name: 'updated_at', type: types.instant },
    ];
    await queryRunner.createTable(
      new Table({
        name: 'vehicles',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'customer_id', type: types.uuid },
          { name: 'registration', type: 'varchar', length: '10' },
          { name: 'vin', type: 'varchar', length: '17', isNullable: true },
          { name: 'make', type: 'varchar', length: '60' },
          { name: 'model', type: 'varchar', length: '60' },
          { name: 'year', type: 'integer', isNullable: true },
          { name: 'fleet_number', type: 'varchar', length: '40', isNullable: true },
          ...timestamps,
        ],
        indices: [
          { name: 'uq_vehicles_customer_registration', columnNames: ['customer_id', 'registration'], isUnique: true },
          { name: 'idx_vehicles_customer_created_at_id', columnNames: ['customer_id', 'created_at', 'id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'fitted_devices',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'vehicle_id', type: types.uuid },
          { name: 'product_id', type: types.uuid },
          { name: 'imei', type: 'varchar', length: '15', isNullable: true },
          { name: 'iccid', type: 'varchar', length: '20', isNullable: true },
          { name: 'serial', type: 'varchar', length: '64', isNullable: true },
          { name: 'position', type: 'varchar', length: '100', isNullable: true },
          { name: 'service_id', type: types.uuid, isNullable: true },
          { name: 'engineer_id', type: types.uuid, isNullable: true },
          { name: 'actor', type: 'varchar', length: '100' },
          { name: 'fitted_at', type: types.instant },
          { name: 'removed_at', type: types.instant, isNullable: true },
          ...timestamps,
        ],
        foreignKeys: [
          {
            name: 'fk_fitted_devices_vehicle',
            columnNames: ['vehicle_id'],
            referencedTableName: 'vehicles',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          },
        ],
      }),
    );
    await queryRunner.createIndices('fitted_devices', [
      new TableIndex({ name: 'idx_fitted_devices_vehicle', columnNames: ['vehicle_id', 'fitted_at'] }),
      new TableIndex({ name: 'idx_fitted_devices_service', columnNames: ['service_id'] }),
      ...(['imei', 'iccid', 'serial'] as const).map(
        (identifier) =>
          new TableIndex({
            name: `uq_fitted_devices_${identifier}_fitted`,
            columnNames: [identifier],
            isUnique: true,
            where: `removed_at IS NULL AND ${identifier} IS NOT NULL`,
          }),
      ),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('fitted_devices');
    await queryRunner.dropTable('vehicles');
  }
}
