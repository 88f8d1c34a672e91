import { MigrationInterface, QueryRunner } from 'typeorm';
import { coordinateColumns } from './support';

/** A customer's address and an order's installation address take an optional location. Existing ones have none. */
export class AddAddressLocations1764067820000 implements MigrationInterface {
  name = 'AddAddressLocations1764067820000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('customers', coordinateColumns('address'));
    await queryRunner.addColumns('orders', coordinateColumns('address'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('orders', ['address_lat', 'address_lng']);
    await queryRunner.dropColumns('customers', ['address_lat', 'address_lng']);
  }
}
