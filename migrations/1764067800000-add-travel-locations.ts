import { MigrationInterface, QueryRunner, TableCheck, TableColumn } from 'typeorm';

const coordinates = (prefix: string) => [
  new TableColumn({ name: `${prefix}_lat`, type: 'double precision', isNullable: true }),
  new TableColumn({ name: `${prefix}_lng`, type: 'double precision', isNullable: true }),
];

/**
 * Travel-aware scheduling: addresses (customers', orders' installation addresses) and
 * engineers' home bases get an optional location; each booking visit records its site's, so an
 * agenda knows where the engineer is without reading another module's table; settings get the
 * travel model. Existing rows have no location: between them the flat travel buffer applies,
 * as before.
 */
export class AddTravelLocations1764067800000 implements MigrationInterface {
  name = 'AddTravelLocations1764067800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('customers', coordinates('address'));
    await queryRunner.addColumns('orders', coordinates('address'));
    await queryRunner.addColumns('engineers', [new TableColumn({ name: 'home_postcode', type: 'varchar', length: '8', isNullable: true }), ...coordinates('home')]);
    await queryRunner.addColumns('booking_visits', coordinates('site'));
    await queryRunner.addColumns('settings', [
      new TableColumn({ name: 'road_factor', type: 'double precision', isNullable: false, default: 1.3 }),
      new TableColumn({ name: 'average_speed_kmh', type: 'integer', isNullable: false, default: 40 }),
      new TableColumn({ name: 'travel_from_home', type: 'boolean', isNullable: false, default: false }),
    ]);
    await queryRunner.createCheckConstraints('settings', [
      new TableCheck({ name: 'chk_settings_road_factor', expression: 'road_factor BETWEEN 1 AND 3' }),
      new TableCheck({ name: 'chk_settings_average_speed', expression: 'average_speed_kmh BETWEEN 5 AND 130' }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['chk_settings_road_factor', 'chk_settings_average_speed']) await queryRunner.dropCheckConstraint('settings', name);
    await queryRunner.dropColumns('settings', ['road_factor', 'average_speed_kmh', 'travel_from_home']);
    await queryRunner.dropColumns('booking_visits', ['site_lat', 'site_lng']);
    await queryRunner.dropColumns('engineers', ['home_postcode', 'home_lat', 'home_lng']);
    await queryRunner.dropColumns('orders', ['address_lat', 'address_lng']);
    await queryRunner.dropColumns('customers', ['address_lat', 'address_lng']);
  }
}
