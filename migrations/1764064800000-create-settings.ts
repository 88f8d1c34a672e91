import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { insertRow } from './support';
import { migrationColumnTypes } from '../libs/common/src/database/column-types';

export const SETTINGS_ROW_ID = '00000000-0000-4000-8000-000000000001';

const DEFAULT_WORKING_HOURS = {
  monday: [{ start: '08:00', end: '18:00' }],
  tuesday: [{ start: '08:00', end: '18:00' }],
  wednesday: [{ start: '08:00', end: '18:00' }],
  thursday: [{ start: '08:00', end: '18:00' }],
  friday: [{ start: '08:00', end: '18:00' }],
  saturday: [],
  sunday: [],
};

export class CreateSettings1764064800000 implements MigrationInterface {
  name = 'CreateSettings1764064800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = migrationColumnTypes(queryRunner.connection.options.type);
    await queryRunner.createTable(
      new Table({
        name: 'settings',
        columns: [
          { name: 'id', type: types.uuid, isPrimary: true },
          { name: 'timezone', type: 'varchar', length: '64', isNullable: false },
          { name: 'currency', type: 'varchar', length: '3', isNullable: false },
          { name: 'slot_minutes', type: 'integer', isNullable: false },
          { name: 'min_lead_hours', type: 'integer', isNullable: false },
          { name: 'travel_buffer_minutes', type: 'integer', isNullable: false },
          { name: 'default_working_hours', type: types.json, isNullable: false },
          { name: 'created_at', type: types.instant, isNullable: false },
          { name: 'updated_at', type: types.instant, isNullable: false },
        ],
        checks: [
          { name: 'chk_settings_slot_minutes', expression: 'slot_minutes BETWEEN 5 AND 240' },
          { name: 'chk_settings_min_lead_hours', expression: 'min_lead_hours BETWEEN 0 AND 720' },
          { name: 'chk_settings_travel_buffer', expression: 'travel_buffer_minutes BETWEEN 0 AND 240' },
        ],
      }),
    );
    // The single settings row always exists, so reads never race to create it.
    const now = new Date();
    await insertRow(queryRunner, 'settings', {
      id: SETTINGS_ROW_ID,
      timezone: 'Europe/London',
      currency: 'GBP',
      slot_minutes: 30,
      min_lead_hours: 24,
      travel_buffer_minutes: 30,
      default_working_hours: JSON.stringify(DEFAULT_WORKING_HOURS),
      created_at: now,
      updated_at: now,
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('settings');
  }
}
