import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { isExclusionViolation, isUniqueViolation } from '@app/common';
import { CreateBookings1764065300000 } from '../migrations/1764065300000-create-bookings';
import { BookingEntity } from '../src/modules/bookings/entities/booking.entity';
import { TestApp, createTestApp } from './support/test-app';

describe('Bookings (e2e)', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  const postgres = Boolean(process.env.E2E_DATABASE_URL);

  beforeAll(async () => {
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('schema', () => {
    function bookingRow(overrides: Partial<BookingEntity> = {}): Partial<BookingEntity> {
      return {
        id: randomUUID(),
        orderId: randomUUID(),
        engineerId: randomUUID(),
        startAt: new Date('2030-01-07T09:00:00Z'),
        endAt: new Date('2030-01-07T11:00:00Z'),
        status: 'scheduled',
        cancellationReason: null,
        notes: null,
        createdAt: new Date(),
        updatedAt: new Date(),
        ...overrides,
      };
    }

    async function insertFails(row: Partial<BookingEntity>): Promise<unknown> {
      return dataSource
        .getRepository(BookingEntity)
        .insert(row)
        .then(() => null, (error: unknown) => error);
    }

    it('matches the entities: a generated migration would change nothing in the bookings tables', async () => {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query).filter((sql) => /booking/i.test(sql))).toEqual([]);
    });

    it('can be migrated down and up again', async () => {
      const migration = new CreateBookings1764065300000();
      const queryRunner = dataSource.createQueryRunner();
      try {
        await migration.down(queryRunner);
        expect(await queryRunner.hasTable('bookings')).toBe(false);
        expect(await queryRunner.hasTable('booking_audit')).toBe(false);
        await migration.up(queryRunner);
        expect(await queryRunner.hasTable('bookings')).toBe(true);
        expect(await queryRunner.hasTable('booking_services')).toBe(true);
        expect(await queryRunner.hasTable('booking_audit')).toBe(true);
      } finally {
        await queryRunner.release();
      }
    });

    it('allows one scheduled booking per order; cancelled ones stay beside it', async () => {
      const orderId = randomUUID();
      await dataSource.getRepository(BookingEntity).insert(bookingRow({ orderId, status: 'cancelled' }));
      await dataSource.getRepository(BookingEntity).insert(bookingRow({ orderId }));
      const error = await insertFails(bookingRow({ orderId, startAt: new Date('2030-01-08T09:00:00Z'), endAt: new Date('2030-01-08T10:00:00Z') }));
      expect(isUniqueViolation(error)).toBe(true);
    });

    it('refuses a booking that ends before it starts', async () => {
      const error = await insertFails(bookingRow({ endAt: new Date('2030-01-07T08:00:00Z') }));
      expect(error).toBeInstanceOf(QueryFailedError);
    });

    (postgres ? it : it.skip)('refuses, in the database itself, overlapping scheduled bookings of one engineer', async () => {
      const engineerId = randomUUID();
      await dataSource.getRepository(BookingEntity).insert(bookingRow({ engineerId }));
      const overlapping = bookingRow({ engineerId, startAt: new Date('2030-01-07T10:30:00Z'), endAt: new Date('2030-01-07T12:00:00Z') });
      expect(isExclusionViolation(await insertFails(overlapping))).toBe(true);

      // Back to back, another engineer, or no longer scheduled: all fine.
      await dataSource.getRepository(BookingEntity).insert(bookingRow({ engineerId, startAt: new Date('2030-01-07T11:00:00Z'), endAt: new Date('2030-01-07T12:00:00Z') }));
      await dataSource.getRepository(BookingEntity).insert({ ...overlapping, id: randomUUID(), engineerId: randomUUID() });
      await dataSource.getRepository(BookingEntity).insert({ ...overlapping, id: randomUUID(), status: 'cancelled' });
    });
  });
});
