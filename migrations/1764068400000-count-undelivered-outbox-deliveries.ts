import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * Each event counts its deliveries not yet made, so that recording one is a single statement:
 * concurrent records of one event's listeners take turns on the event row's update, each
 * seeing the count the one before left, where reading the other deliveries needed the row
 * locked first in a transaction of its own (three more round trips per listener).
 */
export class CountUndeliveredOutboxDeliveries1764068400000 implements MigrationInterface {
  name = 'CountUndeliveredOutboxDeliveries1764068400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('outbox_events', new TableColumn({ name: 'undelivered', type: 'integer', isNullable: false, default: 0 }));
    await queryRunner.query(
      `UPDATE "outbox_events" SET "undelivered" = (SELECT count(*) FROM "outbox_deliveries" d WHERE d."event_id" = "outbox_events"."id" AND d."status" <> 'delivered')` +
        ` WHERE "status" <> 'delivered'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('outbox_events', 'undelivered');
  }
}
