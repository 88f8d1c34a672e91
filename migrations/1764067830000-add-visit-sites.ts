import { MigrationInterface, QueryRunner } from 'typeorm';
import { coordinateColumns } from './support';

/**
 * Each booking visit records where its work is (the order's installation address, when
 * located), so an engineer's agenda knows the travel between visits without reading another
 * module's table. Existing visits have none: between them the flat travel buffer applies, as before.
 */
export class AddVisitSites1764067830000 implements MigrationInterface {
  name = 'AddVisitSites1764067830000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('booking_visits', coordinateColumns('site'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('booking_visits', ['site_lat', 'site_lng']);
  }
}
