import { Inject, Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { ConflictError, DomainError } from '@app/common';
import { AppConfig, appConfig } from '../../config/app.config';
import { OutboxDispatcher } from '../../outbox/outbox.dispatcher';
import { AvailabilityService } from '../../modules/bookings/availability.service';
import { BookingSchedulingService } from '../../modules/bookings/booking-scheduling.service';
import { CreateCustomerDto } from '../../modules/customers/dto/create-customer.dto';
import { ListCustomersQueryDto } from '../../modules/customers/dto/list-customers-query.dto';
import { CustomersService } from '../../modules/customers/customers.service';
import { CreateEngineerDto } from '../../modules/engineers/dto/create-engineer.dto';
import { ListEngineersQueryDto } from '../../modules/engineers/dto/list-engineers-query.dto';
import { EngineersService } from '../../modules/engineers/engineers.service';
import { CreateOrderDto } from '../../modules/orders/dto/create-order.dto';
import { OrdersService } from '../../modules/orders/orders.service';
import { CreateOrderV2Dto } from '../../modules/orders/v2/dto/create-order-v2.dto';
import { CreateProductDto } from '../../modules/products/dto/create-product.dto';
import { ListProductsQueryDto } from '../../modules/products/dto/list-products-query.dto';
import { ProductsService } from '../../modules/products/products.service';
import { UpdateSettingsDto } from '../../modules/settings/dto/update-settings.dto';
import { SettingsService } from '../../modules/settings/settings.service';
import { CreateVehicleDto } from '../../modules/vehicles/dto/create-vehicle.dto';
import { UsersService } from '../../modules/users/users.service';
import { VehiclesService } from '../../modules/vehicles/vehicles.service';
import { readSeedFile, toValidatedDto } from './seed-files';

interface SeedOrder {
  idempotencyKey: string;
  items: Array<{ sku: string; quantity: number }>;
  [field: string]: unknown;
}

/** How many suggestions an order's booking is chosen from. */
const SUGGESTIONS_CONSIDERED = 20;

/** seeds/users.json: sign-ins for the console's other roles (the admin comes from ADMIN_EMAIL). */
interface SeedUsers {
  dispatcher: { email: string; name: string; password: string };
  /** Each demo engineer signs in with their own e-mail and this password. */
  engineerPassword: string;
}

/** The first of the slots whose work takes the fewest visits. */
function fewestVisits<Slot extends { visits?: readonly unknown[] }>(slots: Slot[]): Slot | undefined {
  const visitsOf = (slot: Slot) => slot.visits?.length ?? 1;
  return slots.reduce<Slot | undefined>((chosen, slot) => (!chosen || visitsOf(slot) < visitsOf(chosen) ? slot : chosen), undefined);
}

/** seeds/fleet.json: a fleet customer, their vans, and one order for every van with the same lines. */
interface SeedFleet {
  customer: unknown;
  vehicles: Array<Record<string, unknown> & { registration: string }>;
  order: { idempotencyKey: string; notes?: string; items: Array<{ sku: string; quantity: number }> };
}

export interface SeedReport {
  productsCreated: number;
  engineersCreated: number;
  /** The demo dispatcher and a user per demo engineer. */
  usersCreated: number;
  fleetVehiclesCreated: number;
  ordersPlaced: number;
  bookingsMade: number;
}

/**
 * Writes the demo data in seeds/*.json through the modules' own services, so every rule
 * and event applies. Safe to repeat: products are matched by SKU, engineers by e-mail and
 * orders by their idempotency key.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly settingsService: SettingsService,
    private readonly productsService: ProductsService,
    private readonly engineersService: EngineersService,
    private readonly ordersService: OrdersService,
    private readonly customersService: CustomersService,
    private readonly vehiclesService: VehiclesService,
    private readonly availabilityService: AvailabilityService,
    private readonly bookingScheduling: BookingSchedulingService,
    private readonly outboxDispatcher: OutboxDispatcher,
    private readonly usersService: UsersService,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  /** Seeds only a database without products, i.e. a new one. */
  async seedIfEmpty(): Promise<SeedReport | null> {
    const catalogue = await this.productsService.list(Object.assign(new ListProductsQueryDto(), { limit: 1 }));
    if (catalogue.items.length > 0) return null;
    return this.seed();
  }

  async seed(): Promise<SeedReport> {
    await this.settingsService.update(toValidatedDto(UpdateSettingsDto, readSeedFile('settings.json'), 'settings.json'));
    const productsCreated = await this.createEach('products.json', CreateProductDto, (dto) => this.productsService.create(dto));
    const engineersCreated = await this.createEach('engineers.json', CreateEngineerDto, (dto) => this.engineersService.create(dto));
    const usersCreated = await this.seedUsers();
    const orders = await this.placeOrders();
    const fleet = await this.seedFleet();
    const report: SeedReport = {
      productsCreated,
      engineersCreated,
      usersCreated,
      fleetVehiclesCreated: fleet.vehiclesCreated,
      ordersPlaced: orders.placed + (fleet.placed ? 1 : 0),
      bookingsMade: await this.bookOrders([...orders.ids, fleet.orderId]),
    };
    this.logger.log(report, 'Demo data seeded');
    return report;
  }

  /**
   * A dispatcher, and a user for each demo engineer (by the engineer's e-mail); one that exists
   * is left as it is. Never in production, where demo data may be asked for but passwords from a
   * public README must not open it (as the demo admin password is refused there).
   */
  private async seedUsers(): Promise<number> {
    if (this.config.nodeEnv === 'production') return 0;
    const { dispatcher, engineerPassword } = readSeedFile<SeedUsers>('users.json');
    const engineers = (await this.engineersService.list(Object.assign(new ListEngineersQueryDto(), { limit: 100 }))).items;
    const demoEmails = new Set(readSeedFile<Array<{ email: string }>>('engineers.json').map((engineer) => engineer.email));
    const users = [
      { ...dispatcher, role: 'dispatcher' as const },
      ...engineers
        .filter((engineer) => demoEmails.has(engineer.email))
        .map((engineer) => ({ email: engineer.email, name: engineer.name, password: engineerPassword, role: 'engineer' as const, engineerId: engineer.id })),
    ];
    let created = 0;
    for (const user of users) {
      try {
        await this.usersService.create(user);
        created += 1;
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
      }
    }
    return created;
  }

  /** Creates each fixture; one that already exists (409) is left as it is. */
  private async createEach<T extends object>(fileName: string, dtoType: new () => T, create: (dto: T) => Promise<unknown>): Promise<number> {
    let created = 0;
    for (const [index, raw] of readSeedFile<unknown[]>(fileName).entries()) {
      try {
        await create(toValidatedDto(dtoType, raw, `${fileName}[${index}]`));
        created += 1;
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
      }
    }
    return created;
  }

  /** Every seed order's id, and how many of them this run placed. */
  private async placeOrders(): Promise<{ ids: string[]; placed: number }> {
    const ids: string[] = [];
    let placed = 0;
    for (const [index, { idempotencyKey, items, ...order }] of readSeedFile<SeedOrder[]>('orders.json').entries()) {
      const request = toValidatedDto(
        CreateOrderDto,
        { ...order, items: await Promise.all(items.map(async (item) => ({ productId: await this.productIdOf(item.sku), quantity: item.quantity }))) },
        `orders.json[${index}]`,
      );
      const result = await this.ordersService.place(request, idempotencyKey, {
        correlationId: `seed:${idempotencyKey}`,
        actor: 'seed',
        placedByApiKeyId: null,
      });
      ids.push(result.order.id);
      if (!result.replayed) placed += 1;
    }
    return { ids, placed };
  }

  /**
   * The fleet customer (matched by e-mail), their vans (by registration) and one v2 order for
   * all of them (by its idempotency key). The order is more than a day's work: it is booked
   * like the others once bookings can span several days, and left unbooked until then.
   */
  private async seedFleet(): Promise<{ vehiclesCreated: number; orderId: string; placed: boolean }> {
    const fleet = readSeedFile<SeedFleet>('fleet.json');
    const customerDto = toValidatedDto(CreateCustomerDto, fleet.customer, 'fleet.json customer');
    const known = await this.customersService.list(Object.assign(new ListCustomersQueryDto(), { q: customerDto.email, limit: 100 }));
    const customer = known.items.find((candidate) => candidate.email === customerDto.email) ?? (await this.customersService.create(customerDto));
    let vehiclesCreated = 0;
    for (const [index, raw] of fleet.vehicles.entries()) {
      try {
        await this.vehiclesService.create(customer.id, toValidatedDto(CreateVehicleDto, raw, `fleet.json vehicles[${index}]`));
        vehiclesCreated += 1;
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
      }
    }
    const items = await Promise.all(fleet.order.items.map(async (item) => ({ productId: await this.productIdOf(item.sku), quantity: item.quantity })));
    const request = toValidatedDto(
      CreateOrderV2Dto,
      {
        customerId: customer.id,
        notes: fleet.order.notes,
        vehicles: fleet.vehicles.map(({ registration, make, model, year, fleetNumber }) => ({ vehicle: { registration, make, model, year, fleetNumber }, items })),
      },
      'fleet.json order',
    );
    const { idempotencyKey } = fleet.order;
    const result = await this.ordersService.placeV2(request, idempotencyKey, { correlationId: `seed:${idempotencyKey}`, actor: 'seed', placedByApiKeyId: null });
    return { vehiclesCreated, orderId: result.order.id, placed: !result.replayed };
  }

  /**
   * Books each order's installation into its best suggested slot. Orders with nothing to
   * install, or booked by an earlier run, are refused by Bookings with a domain error and left.
   */
  private async bookOrders(orderIds: string[]): Promise<number> {
    // Installation services are created from OrderPlaced, which the outbox delivers.
    await this.outboxDispatcher.dispatchDue();
    const { timezone } = await this.settingsService.current();
    const tomorrow = DateTime.now().setZone(timezone).plus({ days: 1 }).startOf('day').toJSDate();
    let booked = 0;
    for (const orderId of orderIds) {
      try {
        // The suggestion needing the fewest visits, from now or from tomorrow's start: a demo
        // fleet job should be a run of whole days, not begun in a late afternoon (the first
        // suggestions all were, on afternoons).
        const best = fewestVisits([
          ...(await this.availabilityService.suggestions(orderId, SUGGESTIONS_CONSIDERED)).slots,
          ...(await this.availabilityService.suggestions(orderId, SUGGESTIONS_CONSIDERED, tomorrow)).slots,
        ]);
        if (!best) continue;
        await this.bookingScheduling.create({ orderId, engineerId: best.engineerId, start: new Date(best.start) }, 'seed');
        booked += 1;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
      }
    }
    return booked;
  }

  private async productIdOf(sku: string): Promise<string> {
    const matches = await this.productsService.list(Object.assign(new ListProductsQueryDto(), { q: sku, limit: 100 }));
    const product = matches.items.find((candidate) => candidate.sku === sku);
    if (!product) throw new Error(`Seed order refers to unknown SKU ${sku}`);
    return product.id;
  }
}
