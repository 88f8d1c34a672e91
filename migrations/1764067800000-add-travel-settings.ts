import { MigrationInterface, QueryRunner, TableCheck, TableColumn } from 'typeorm';

const CHECKS = [
  new TableCheck({ name: 'chk_settings_road_factor', expression: 'road_factor BETWEEN 1 AND 3' }),
  new TableCheck({ name: 'chk_settings_average_speed', expression: 'average_speed_kmh BETWEEN 5 AND 130' }),
];

/** The travel model of travel-aware scheduling: road factor, average speed, and whether a day starts at the home base. */
export class AddTravelSettings1764067800000 implements MigrationInterface {
  name = 'AddTravelSettings1764067800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('settings', [
      new TableColumn({ name: 'road_factor', type: 'double precision', isNullable: false, default: 1.3 }),
      new TableColumn({ name: 'average_speed_kmh', type: 'integer', isNullable: false, default: 40 }),
      new TableColumn({ name: 'travel_from_home', type: 'boolean', isNullable: false, default: false }),
    ]);
    await queryRunner.createCheckConstraints('settings', CHECKS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const check of CHECKS) await queryRunner.dropCheckConstraint('settings', check.name!);
    await queryRunner.dropColumns('settings', ['road_factor', 'average_speed_kmh', 'travel_from_home']);
  }
}
