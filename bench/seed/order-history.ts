import { addWorkingDays, localDateOf } from '../../libs/common/src/time/working-days';
import { CopyValue, CopyWriter } from '../lib/copy-writer';
import { Random } from '../lib/random';
import { CatalogueProduct } from './catalogue';
import { AreaSchedule, Placement } from './engineer-schedule';
import { Customer, Engineer } from './people';
import { GeoPoint, POSTCODE_AREAS, VEHICLES, registration } from './uk-data';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Share of orders with a fitted product: with 5% cancelled, about 300 000 bookings per million orders. */
const INSTALLABLE_SHARE = 0.32;
const NOTES = ['Customer prefers mornings', 'Van parked on the drive', 'Call 30 minutes before arrival', 'Fleet vehicle: keys at reception'];
const CANCEL_REASONS = ['Customer changed their mind', 'Ordered the wrong kit', 'Vehicle sold'];
/**
 * Every 50th order is for a fleet (several vehicles, each with the same kit and a task of its
 * own), so every page of 50 orders, first or deep, holds one.
 */
const FLEET_EVERY = 50;
/** How many vehicles a fleet order is for: one in twenty has 50 or more. */
const FLEET_SIZES: ReadonlyArray<readonly [readonly [number, number], number]> = [[[2, 9], 65], [[10, 49], 30], [[50, 120], 5]];
/** Share of single-vehicle orders for a vehicle the customer ordered for before. */
const REPEAT_VEHICLE_SHARE = 0.15;
/** One order in this many is urgent, chosen by position so the random stream (and the rest of the data) stays as it was. */
const URGENT_EVERY = 20;
/** The settings' defaults the app dates orders with (`bookWithinWorkingDays`, `urgentBookWithinWorkingDays`), in their time zone. */
const BOOK_WITHIN_WORKING_DAYS = { standard: 10, urgent: 2 } as const;
const BUSINESS_ZONE = 'Europe/London';
/** A booking is one visit of at most a working day (multi-day bookings are not modelled): bigger fleet orders wait for one. */
const MAX_BOOKED_MINUTES = 480;

/** One COPY stream per table a real placement (and its later life) writes; absent tables are skipped. */
export interface HistoryWriters {
  vehicles: CopyWriter;
  orders: CopyWriter;
  orderVehicles: CopyWriter;
  orderItems: CopyWriter;
  services: CopyWriter;
  serviceHistory: CopyWriter;
  outbox: CopyWriter;
  idempotencyKeys: CopyWriter;
  bookings?: CopyWriter;
  bookingServices?: CopyWriter;
  bookingVisits?: CopyWriter;
  bookingAudit?: CopyWriter;
}

export interface HistoryPlan {
  orders: number;
  from: Date;
  to: Date;
  customers: readonly Customer[];
  customersFrom: Date;
  engineers: readonly Engineer[];
  products: readonly CatalogueProduct[];
}

interface Line {
  product: CatalogueProduct;
  quantity: number;
}

/** A customer's vehicle, as the vehicles table holds it. */
interface Vehicle {
  id: string;
  registration: string;
  make: string;
  model: string;
  year: number | null;
}

/** One vehicle of an order with its lines. */
interface OrderVehicle {
  vehicle: Vehicle;
  orderVehicleId: string;
  lines: Line[];
}

/**
 * Writes two years of orders in the order they were placed, each with its lines, the
 * outbox event that announced it, its installation service with every status change, and
 * the booking that did the work, all in the states the app itself would have left them.
 * Marks the customers that have orders (has_orders) as it goes.
 */
export class OrderHistoryGenerator {
  readonly customersWithOrders: Uint8Array;
  /** Each customer's latest vehicle, for repeat orders; registrations already used, one vehicle per plate. */
  private readonly lastVehicle: Array<Vehicle | undefined>;
  private readonly plates = new Set<string>();
  /** Orders for more than one vehicle written so far, and the vehicles they were for. */
  fleetOrders = 0;
  fleetVehicles = 0;
  private readonly schedules: AreaSchedule[];
  private readonly fitted: CatalogueProduct[];
  private readonly posted: CatalogueProduct[];
  private readonly span: number;
  private readonly oneYearAgo: number;
  private readonly idempotencyFrom: number;
  readonly now: number;

  constructor(private readonly random: Random, private readonly plan: HistoryPlan, private readonly out: HistoryWriters) {
    this.customersWithOrders = new Uint8Array(plan.customers.length);
    this.lastVehicle = new Array<Vehicle | undefined>(plan.customers.length);
    this.schedules = POSTCODE_AREAS.map((_, areaIndex) => new AreaSchedule(plan.engineers.filter((engineer) => engineer.areaIndex === areaIndex), plan.from));
    this.fitted = plan.products.filter((product) => product.requiresInstallation);
    this.posted = plan.products.filter((product) => !product.requiresInstallation);
    this.span = plan.to.getTime() - plan.from.getTime();
    this.now = plan.to.getTime() + HOUR;
    this.oneYearAgo = this.now - 365 * DAY;
    this.idempotencyFrom = this.now - 7 * DAY;
  }

  /** Writes order `index` (0-based, oldest first) and everything that followed from it. */
  async write(index: number): Promise<void> {
    const random = this.random;
    const createdAt = this.plan.from.getTime() + Math.floor(((index + random.next()) / this.plan.orders) * this.span);
    const customerIndex = this.customerAt(createdAt);
    const customer = this.plan.customers[customerIndex]!;
    this.customersWithOrders[customerIndex] = 1;
    const fleet = index % FLEET_EVERY === FLEET_EVERY / 2;
    const installable = fleet || random.chance(INSTALLABLE_SHARE);
    const kit = this.linesFor(installable, createdAt);
    const vehicles: OrderVehicle[] = fleet
      ? Array.from({ length: this.fleetSize() }, () => ({ vehicle: this.newVehicle(customerIndex, createdAt), orderVehicleId: random.uuid(), lines: kit }))
      : [{ vehicle: this.vehicleFor(customerIndex, createdAt), orderVehicleId: random.uuid(), lines: kit }];
    if (fleet) {
      this.fleetOrders += 1;
      this.fleetVehicles += vehicles.length;
    }
    for (const row of this.pendingVehicles) await this.out.vehicles.write(row);
    this.pendingVehicles = [];
    const lines = vehicles.flatMap((vehicle) => vehicle.lines);
    const sequenceNo = index + 1;
    const orderId = random.uuid();
    const number = `VT-${String(sequenceNo).padStart(6, '0')}`;
    const totalMinor = lines.reduce((sum, line) => sum + line.product.priceMinor * line.quantity, 0);
    const cancelledAt = random.chance(installable ? 0.05 : 0.04) ? Math.min(createdAt + random.int(1, 48) * HOUR, this.now - HOUR) : null;

    let status: 'placed' | 'fulfilled' | 'cancelled' = cancelledAt ? 'cancelled' : 'placed';
    let fulfilledAt: number | null = null;
    let awaitingBooking = false;
    if (installable) {
      const installation = await this.writeInstallation(orderId, number, customer, vehicles, createdAt, cancelledAt);
      awaitingBooking = installation.awaitingBooking;
      if (installation.completedAt !== null) {
        status = 'fulfilled';
        fulfilledAt = installation.completedAt + 200;
      }
    }
    const priority = index % URGENT_EVERY === 7 ? 'urgent' : 'standard';
    const dueBy = addWorkingDays(localDateOf(new Date(createdAt), BUSINESS_ZONE), BOOK_WITHIN_WORKING_DAYS[priority]);
    const first = vehicles[0]!.vehicle;
    const updatedAt = cancelledAt ?? fulfilledAt ?? createdAt;
    const order = {
      id: orderId,
      number,
      status,
      customerId: customer.id,
      currency: 'GBP',
      totalMinor,
      vehicle: { registration: first.registration, make: first.make, model: first.model, year: first.year },
      address: customer,
      notes: random.chance(0.1) ? random.pick(NOTES) : null,
      priority,
      dueBy,
      cancellationReason: cancelledAt ? random.pick(CANCEL_REASONS) : null,
    };
    await this.out.orders.write([
      order.id, number, sequenceNo, customer.id, status, 'GBP', totalMinor,
      first.registration, first.make, first.model, first.year, vehicles.length,
      customer.line1, customer.line2, customer.city, customer.postcode, customer.location.lat, customer.location.lng, order.notes, priority, dueBy, awaitingBooking,
      order.cancellationReason, date(cancelledAt), date(fulfilledAt), date(createdAt), date(updatedAt),
    ]);
    let position = 0;
    const itemRows: Array<Record<string, unknown>> = [];
    for (const [vehiclePosition, { vehicle, orderVehicleId, lines: vehicleLines }] of vehicles.entries()) {
      await this.out.orderVehicles.write([
        orderVehicleId, orderId, vehicle.id, vehiclePosition, vehicle.registration, vehicle.make, vehicle.model, vehicle.year, date(createdAt), date(createdAt),
      ]);
      for (const line of vehicleLines) {
        const row = {
          id: random.uuid(), productId: line.product.id, sku: line.product.sku, name: line.product.name, category: line.product.category,
          quantity: line.quantity, unitPriceMinor: line.product.priceMinor, lineTotalMinor: line.product.priceMinor * line.quantity,
          requiresInstallation: line.product.requiresInstallation, installMinutes: line.product.installMinutes,
        };
        itemRows.push(row);
        await this.out.orderItems.write([
          row.id, orderId, row.productId, row.sku, row.name, row.category, row.quantity, row.unitPriceMinor, row.lineTotalMinor,
          row.requiresInstallation, row.installMinutes, orderVehicleId, position, date(createdAt), date(createdAt),
        ]);
        position += 1;
      }
    }
    const placedLine = (line: Line) => ({
      productId: line.product.id, sku: line.product.sku, category: line.product.category, quantity: line.quantity,
      requiresInstallation: line.product.requiresInstallation, installMinutes: line.product.installMinutes,
    });
    await this.outboxEvent('order.placed', 1, createdAt, {
      orderId, orderNumber: number, customerId: customer.id, installationPostcode: customer.postcode,
      lines: lines.map(placedLine),
      vehicles: vehicles.map(({ vehicle, lines: vehicleLines }) => ({ vehicleId: vehicle.id, registration: vehicle.registration, lines: vehicleLines.map(placedLine) })),
    });
    if (cancelledAt) await this.outboxEvent('order.cancelled', 2, cancelledAt, { orderId, reason: order.cancellationReason });
    // Fleet orders come from staff through v2, without a web shop's Idempotency-Key.
    if (!fleet && createdAt >= this.idempotencyFrom) {
      await this.idempotencyKey(orderId, createdAt, { ...order, items: itemRows });
    }
  }

  private fleetSize(): number {
    const [min, max] = this.random.weighted(FLEET_SIZES);
    return this.random.int(min, max);
  }

  /** A single-vehicle order: now and then the customer's vehicle from an earlier order, else a new one. */
  private vehicleFor(customerIndex: number, createdAt: number): Vehicle {
    const earlier = this.lastVehicle[customerIndex];
    if (earlier && this.random.chance(REPEAT_VEHICLE_SHARE)) return earlier;
    return this.newVehicle(customerIndex, createdAt);
  }

  /** A vehicle of the customer's, written to the vehicles table; its plate is used by no other vehicle. */
  private newVehicle(customerIndex: number, createdAt: number): Vehicle {
    const random = this.random;
    let plate = registration(random);
    while (this.plates.has(plate)) plate = registration(random);
    this.plates.add(plate);
    const [make, model] = random.pick(VEHICLES);
    const vehicle: Vehicle = { id: random.uuid(), registration: plate, make, model, year: random.chance(0.95) ? random.int(2012, 2025) : null };
    this.lastVehicle[customerIndex] = vehicle;
    const customer = this.plan.customers[customerIndex]!;
    this.pendingVehicles.push([vehicle.id, customer.id, vehicle.registration, null, make, model, vehicle.year, null, date(createdAt), date(createdAt)]);
    return vehicle;
  }

  /** Vehicles created by the order being generated, written before its rows. */
  private pendingVehicles: CopyValue[][] = [];

  /** Customers sign up over time: pick one who existed when the order was placed. */
  private customerAt(createdAt: number): number {
    const customers = this.plan.customers;
    const from = this.plan.customersFrom.getTime();
    const last = customers[customers.length - 1]!.createdAt.getTime();
    const known = Math.floor(((createdAt - from) / Math.max(1, last - from)) * customers.length);
    return this.random.int(0, Math.min(customers.length, Math.max(1, known)) - 1);
  }

  private linesFor(installable: boolean, createdAt: number): Line[] {
    const random = this.random;
    const sellable = (product: CatalogueProduct) => product.active || createdAt < this.oneYearAgo;
    const fitted = this.fitted.filter(sellable);
    const posted = this.posted.filter(sellable);
    const lines: Line[] = [];
    if (installable) {
      const first = random.pick(fitted);
      lines.push({ product: first, quantity: 1 });
      if (random.chance(0.2)) {
        const second = random.pick(fitted);
        if (second.category !== first.category) lines.push({ product: second, quantity: 1 });
      }
      for (let extra = random.weighted([[0, 60], [1, 30], [2, 10]] as const); extra > 0; extra -= 1) {
        lines.push({ product: random.pick(posted), quantity: random.int(1, 3) });
      }
    } else {
      for (let count = random.weighted([[1, 50], [2, 35], [3, 15]] as const); count > 0; count -= 1) {
        lines.push({ product: random.pick(posted), quantity: random.weighted([[1, 80], [2, 12], [5, 8]] as const) });
      }
    }
    // One line per product, as a client adding the same product twice would send one line with both.
    return [...new Map(lines.map((line) => [line.product.id, line])).values()];
  }

  /**
   * A service per vehicle with something to fit, their histories and the one booking that did
   * them all; returns when the work was completed (or null), and whether its tasks wait for a
   * booking (the order's `awaiting_booking`). An order of more than a day's work is never booked:
   * its services wait.
   */
  private async writeInstallation(
    orderId: string, orderNumber: string, customer: Customer, vehicles: OrderVehicle[], createdAt: number, cancelledAt: number | null,
  ): Promise<{ completedAt: number | null; awaitingBooking: boolean }> {
    const random = this.random;
    const tasks = vehicles.flatMap(({ vehicle, lines }) => {
      const fitted = lines.filter((line) => line.product.requiresInstallation);
      if (fitted.length === 0) return [];
      return [{
        vehicle,
        serviceId: random.uuid(),
        minutes: fitted.reduce((sum, line) => sum + line.product.installMinutes * line.quantity, 0),
        skills: [...new Set(fitted.map((line) => line.product.category))].sort(),
      }];
    });
    const totalMinutes = tasks.reduce((sum, task) => sum + task.minutes, 0);
    const serviceCreated = createdAt + random.int(20, 400);
    const created = (registration: string): string => (vehicles.length > 1 ? `created from order ${orderNumber} for ${registration}` : `created from order ${orderNumber}`);

    let placement: Placement | null = null;
    let bookingCreated = 0;
    // An order is booked a few hours after it is placed; the newest ones are still waiting.
    if (!cancelledAt && createdAt < this.now - 3 * DAY && totalMinutes <= MAX_BOOKED_MINUTES) {
      placement = this.schedules[customer.areaIndex]!.place(new Date(createdAt + random.int(1, 6) * DAY), totalMinutes);
      bookingCreated = Math.min(createdAt + random.int(1, 20) * HOUR, this.now - HOUR);
    }
    const completedAt = placement && placement.end.getTime() < this.now ? placement.end.getTime() : null;
    for (const task of tasks) {
      const history: Array<[string | null, string, number, string | null, string]> = [[null, 'pending', serviceCreated, created(task.vehicle.registration), 'system']];
      let status = 'pending';
      if (cancelledAt) {
        history.push(['pending', 'cancelled', cancelledAt, 'order cancelled: customer request', 'system']);
        status = 'cancelled';
      } else if (placement) {
        history.push(['pending', 'scheduled', bookingCreated, `engineer ${placement.engineerId} booked`, 'api']);
        status = 'scheduled';
        if (completedAt !== null) {
          history.push(['scheduled', 'in_progress', completedAt, 'booking completed', 'api'], ['in_progress', 'completed', completedAt, 'booking completed', 'api']);
          status = 'completed';
        }
      }
      const updatedAt = history[history.length - 1]![2];
      await this.out.services.write([
        task.serviceId, orderId, task.vehicle.id, 'installation', status, placement?.engineerId ?? null, task.minutes, customer.postcode, task.skills,
        date(serviceCreated), date(updatedAt),
      ]);
      for (const [from, to, at, note, actor] of history) {
        await this.out.serviceHistory.write([task.serviceId, from, to, date(at), note, actor]);
      }
    }
    if (placement) await this.writeBooking(orderId, tasks.map((task) => task.serviceId), placement, customer.location, bookingCreated, completedAt);
    return { completedAt, awaitingBooking: !cancelledAt && !placement && tasks.length > 0 };
  }

  private async writeBooking(orderId: string, serviceIds: string[], placement: Placement, site: GeoPoint, createdAt: number, completedAt: number | null): Promise<void> {
    const { bookings, bookingServices, bookingVisits, bookingAudit } = this.out;
    if (!bookings) return;
    const bookingId = this.random.uuid();
    const status = completedAt === null ? 'scheduled' : 'completed';
    await bookings.write([bookingId, orderId, placement.engineerId, placement.start, placement.end, status, null, null, date(createdAt), date(completedAt ?? createdAt)]);
    for (const serviceId of serviceIds) await bookingServices?.write([bookingId, serviceId]);
    // Every seeded booking is one period of one working span: one visit, the booking's own period.
    await bookingVisits?.write([bookingId, 0, placement.engineerId, placement.start, placement.end, status, site.lat, site.lng]);
    const audit = (action: string, oldStatus: string | null, newStatus: string, at: number): CopyValue[] => [
      bookingId, action, oldStatus ? placement.engineerId : null, placement.engineerId,
      oldStatus ? placement.start : null, oldStatus ? placement.end : null, placement.start, placement.end,
      oldStatus, newStatus, null, date(at), 'api',
    ];
    await bookingAudit?.write(audit('created', null, 'scheduled', createdAt));
    if (completedAt !== null) await bookingAudit?.write(audit('completed', 'scheduled', 'completed', completedAt));
  }

  /** An order's event, `sequence` among its events, delivered 40 ms after it was raised. */
  private async outboxEvent(eventName: string, sequence: number, at: number, fields: Record<string, unknown> & { orderId: string }): Promise<void> {
    const id = this.random.uuid();
    const payload = { ...fields, id, occurredAt: new Date(at).toISOString(), correlationId: null };
    await this.out.outbox.write([id, eventName, 'order', fields.orderId, sequence, payload, 'delivered', date(at + 40), date(at)]);
  }

  /** Recent web-shop orders came with an Idempotency-Key; the stored answer is the order as POST returned it. */
  private async idempotencyKey(orderId: string, at: number, order: IdempotentOrder): Promise<void> {
    const body = {
      id: orderId, number: order.number, status: 'placed', customerId: order.customerId, currency: order.currency, totalMinor: order.totalMinor,
      items: order.items, vehicle: order.vehicle, vehicleCount: 1,
      installationAddress: { line1: order.address.line1, ...(order.address.line2 ? { line2: order.address.line2 } : {}), city: order.address.city, postcode: order.address.postcode, location: order.address.location },
      notes: order.notes, priority: order.priority, dueBy: order.dueBy, cancellationReason: null, cancelledAt: null, fulfilledAt: null,
      createdAt: new Date(at).toISOString(), updatedAt: new Date(at).toISOString(),
    };
    const hash = this.random.uuid().replace(/-/g, '') + this.random.uuid().replace(/-/g, '');
    await this.out.idempotencyKeys.write([`shop-${this.random.uuid()}`, hash, orderId, 201, body, date(at)]);
  }
}

interface IdempotentOrder {
  number: string;
  customerId: string;
  currency: string;
  totalMinor: number;
  items: unknown[];
  vehicle: unknown;
  address: Customer;
  notes: string | null;
  priority: string;
  dueBy: string;
}

function date(epochMs: number | null): Date | null {
  return epochMs === null ? null : new Date(epochMs);
}
