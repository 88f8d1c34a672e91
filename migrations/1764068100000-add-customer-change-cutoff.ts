import { MigrationInterface, QueryRunner, TableCheck, TableColumn } from 'typeorm';

const CHECK = new TableCheck({ name: 'chk_settings_customer_change_cutoff', expression: 'customer_change_cutoff_hours BETWEEN 0 AND 720' });

/** How long before the first visit a customer may still cancel or move their appointment through its link. */
export class AddCustomerChangeCutoff1764068100000 implements MigrationInterface {
  name = 'AddCustomerChangeCutoff1764068100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('settings', new TableColumn({ name: 'customer_change_cutoff_hours', type: 'integer', isNullable: false, default: 24 }));
    await queryRunner.createCheckConstraint('settings', CHECK);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropCheckConstraint('settings', CHECK.name!);
    await queryRunner.dropColumn('settings', 'customer_change_cutoff_hours');
  }
}
