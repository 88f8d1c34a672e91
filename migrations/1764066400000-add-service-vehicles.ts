import { MigrationInterface, QueryRunner, TableColumn, TableIndex, TableUnique } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

/**
 * A task per vehicle: `services.vehicle_id` (no foreign key, vehicles belong to the Vehicles
 * module) names the vehicle a task is for, and an order may have one task of a type per
 * vehicle (it had one per order). Existing tasks are for their order's only vehicle.
 *
 * `down` brings back one task of a type per order: it fails while an order has several.
 */
export class AddServiceVehicles1764066400000 implements MigrationInterface {
  name = 'AddServiceVehicles1764066400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.addColumn('services', new TableColumn({ name: 'vehicle_id', type: types.uuid, isNullable: true }));
    await queryRunner.query(
      `UPDATE "services" SET "vehicle_id" = (SELECT "ov"."vehicle_id" FROM "order_vehicles" "ov" WHERE "ov"."order_id" = "services"."order_id" AND "ov"."position" = 0)`,
    );
    await queryRunner.dropUniqueConstraint('services', 'uq_services_order_type');
    // Makes the OrderPlaced listener idempotent per vehicle; its leading order_id column also serves the orderId filter.
    await queryRunner.createIndex(
      'services',
      new TableIndex({ name: 'uq_services_order_type_vehicle', columnNames: ['order_id', 'type', 'vehicle_id'], isUnique: true }),
    );
    await queryRunner.createIndex('services', new TableIndex({ name: 'idx_services_vehicle_created_at_id', columnNames: ['vehicle_id', 'created_at', 'id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('services', 'idx_services_vehicle_created_at_id');
    await queryRunner.dropIndex('services', 'uq_services_order_type_vehicle');
    await queryRunner.createUniqueConstraint('services', new TableUnique({ name: 'uq_services_order_type', columnNames: ['order_id', 'type'] }));
    await queryRunner.dropColumn('services', 'vehicle_id');
  }
}
