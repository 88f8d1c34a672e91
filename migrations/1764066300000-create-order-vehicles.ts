import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

/** A random version-4 UUID per row, in SQL: SQLite has no generator of its own. */
const SQLITE_UUID =
  "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || " +
  "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))";

/**
 * An order is for one or more vehicles (`order_vehicles`, with what each was when ordered),
 * and each line belongs to one of them (`order_items.order_vehicle_id`). `orders.vehicle_*`
 * keep the first vehicle for v1 reads, `orders.vehicle_count` how many there are.
 *
 * Existing orders: each customer's registrations become their vehicles (one per customer and
 * registration, described as in its oldest order; registrations were stored normalised by the
 * order DTO), each order gets its one order vehicle, and its lines are linked to it. The
 * vehicles are written here, once, by the migration of the first module that needs them.
 */
export class CreateOrderVehicles1764066300000 implements MigrationInterface {
  name = 'CreateOrderVehicles1764066300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.createTable(
      new Table({
        name: 'order_vehicles',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'order_id', type: types.uuid },
          { name: 'vehicle_id', type: types.uuid },
          { name: 'position', type: 'integer' },
          { name: 'registration', type: 'varchar', length: '10' },
          { name: 'make', type: 'varchar', length: '60' },
          { name: 'model', type: 'varchar', length: '60' },
          { name: 'year', type: 'integer', isNullable: true },
          { name: 'created_at', type: types.instant },
          { name: 'updated_at', type: types.instant },
        ],
        foreignKeys: [
          {
            name: 'fk_order_vehicles_order',
            columnNames: ['order_id'],
            referencedTableName: 'orders',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [
          { name: 'uq_order_vehicles_order_position', columnNames: ['order_id', 'position'], isUnique: true },
          { name: 'idx_order_vehicles_vehicle', columnNames: ['vehicle_id'] },
        ],
      }),
    );
    await queryRunner.addColumn('order_items', new TableColumn({ name: 'order_vehicle_id', type: types.uuid, isNullable: true }));
    await queryRunner.addColumn('orders', new TableColumn({ name: 'vehicle_count', type: 'integer', default: 1 }));

    const uuid = postgres ? 'gen_random_uuid()' : SQLITE_UUID;
    if (postgres) {
      await queryRunner.query(
        `INSERT INTO "vehicles" ("id", "customer_id", "registration", "vin", "make", "model", "year", "fleet_number", "created_at", "updated_at")
         SELECT ${uuid}, "customer_id", "vehicle_registration", NULL, "vehicle_make", "vehicle_model", "vehicle_year", NULL, "created_at", "created_at"
         FROM (SELECT DISTINCT ON ("customer_id", "vehicle_registration") * FROM "orders" ORDER BY "customer_id", "vehicle_registration", "created_at", "id") "first"
         ON CONFLICT ("customer_id", "registration") DO NOTHING`,
      );
    } else {
      // SQLite takes the other columns from the row that holds the MIN().
      await queryRunner.query(
        `INSERT OR IGNORE INTO "vehicles" ("id", "customer_id", "registration", "vin", "make", "model", "year", "fleet_number", "created_at", "updated_at")
         SELECT ${uuid}, "customer_id", "vehicle_registration", NULL, "vehicle_make", "vehicle_model", "vehicle_year", NULL, MIN("created_at"), MIN("created_at")
         FROM "orders" GROUP BY "customer_id", "vehicle_registration"`,
      );
    }
    await queryRunner.query(
      `INSERT INTO "order_vehicles" ("id", "order_id", "vehicle_id", "position", "registration", "make", "model", "year", "created_at", "updated_at")
       SELECT ${uuid}, "o"."id", "v"."id", 0, "o"."vehicle_registration", "o"."vehicle_make", "o"."vehicle_model", "o"."vehicle_year", "o"."created_at", "o"."created_at"
       FROM "orders" "o" JOIN "vehicles" "v" ON "v"."customer_id" = "o"."customer_id" AND "v"."registration" = "o"."vehicle_registration"`,
    );
    await queryRunner.query(
      `UPDATE "order_items" SET "order_vehicle_id" = (SELECT "ov"."id" FROM "order_vehicles" "ov" WHERE "ov"."order_id" = "order_items"."order_id" AND "ov"."position" = 0)`,
    );
    await queryRunner.createIndex('order_items', new TableIndex({ name: 'idx_order_items_order_vehicle', columnNames: ['order_vehicle_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The vehicles written by `up` stay: they are the customers' vehicles now (CreateVehicles' down drops them).
    await queryRunner.dropIndex('order_items', 'idx_order_items_order_vehicle');
    await queryRunner.dropColumn('orders', 'vehicle_count');
    await queryRunner.dropColumn('order_items', 'order_vehicle_id');
    await queryRunner.dropTable('order_vehicles');
  }
}
