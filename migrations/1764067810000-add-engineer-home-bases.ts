import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { coordinateColumns } from './support';

/** Where an engineer starts the day from: a postcode and, when known, its location. Existing engineers have none. */
export class AddEngineerHomeBases1764067810000 implements MigrationInterface {
  name = 'AddEngineerHomeBases1764067810000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('engineers', [new TableColumn({ name: 'home_postcode', type: 'varchar', length: '8', isNullable: true }), ...coordinateColumns('home')]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('engineers', ['home_postcode', 'home_lat', 'home_lng']);
  }
}
