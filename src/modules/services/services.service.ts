import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ActorDetails,
  Clock,
  IllegalTransitionError,
  OwnershipScope,
  Page,
  UnitOfWork,
  ValidationFailedError,
  canSeeJob,
  groupBy,
  isUniqueViolation,
  jobsFilter,
  toPage,
} from '@app/common';
import { ActorsService } from '../auth/actors.service';
import { OrderLifecycleService } from '../orders/order-lifecycle.service';
import { OrdersService } from '../orders/orders.service';
import { ProductsService } from '../products/products.service';
import type { FittedDevice } from '../vehicles/vehicle.model';
import { InstallationRecordService } from '../vehicles/installation-record.service';
import type { OrderPlacedEvent } from '../orders/events/order-placed.event';
import { OutboxPublisher } from '../../outbox/outbox.publisher';
import { ServiceStatusHistoryEntity } from './entities/service-status-history.entity';
import { CompletionReport, ServiceEntity } from './entities/service.entity';
import { InstallationChangedEvent } from './events/installation-changed.event';
import { checkReportedDevices } from './fitted-units';
import { installationWorkFor } from './installation-work';
import { ServiceParticipants } from './service-participants';
import { ServiceStatus, allowedNextStatuses, assertTransition, isBooked, isOpen } from './service-status';
import type { ServiceType } from './service-type';
import { DevicesNotReportedError, NoServiceToScheduleError, ServiceNotFoundError, ServiceWithoutVehicleError } from './services.errors';
import { ServiceFilters, ServicesRepository } from './services.repository';
import type { RecordedVisitFailure, VisitFailure, VisitFailureReason } from './visit-failure';

/** A service as other modules and the HTTP layer see it: plain data, never the entity. */
export interface ServiceSummary {
  id: string;
  orderId: string;
  /** The vehicle the work is on; null only for a task whose order's vehicle could not be told. */
  vehicleId: string | null;
  type: ServiceType;
  status: ServiceStatus;
  engineerId: string | null;
  estimatedMinutes: number;
  installationPostcode: string;
  requiredSkills: string[];
  /** What the engineer reported on completing it (odometer, notes); null until then. */
  completion: CompletionReport | null;
  createdAt: Date;
  updatedAt: Date;
}

/** An order's work waiting for a booking: its pending tasks. */
export interface PendingWork {
  taskCount: number;
  totalMinutes: number;
  /** Every skill any of them needs, sorted. */
  requiredSkills: string[];
  /** Of those tasks, how many are pending again after a failed visit. */
  failedVisitCount: number;
}

/** A service with its part of the installation record: the units fitted for it. */
export interface ServiceWithDevices extends ServiceSummary {
  devices: FittedDevice[];
}

/** What the engineer reports on completing a task. */
export interface CompletionInput {
  devices?: ReadonlyArray<{ productId: string; imei?: string; iccid?: string; serial?: string; position?: string | null }>;
  odometer?: { value: number; unit: 'mi' | 'km' };
  notes?: string | null;
}

export interface RecordedServiceStatusChange {
  fromStatus: ServiceStatus | null;
  toStatus: ServiceStatus;
  at: Date;
  note: string | null;
  actor: string;
  /** Set on the change a failed visit made (back to pending); `note` is then the engineer's. */
  failureReason: VisitFailureReason | null;
}

/** A recorded change with who its actor is, resolved when read. */
export interface ServiceStatusChange extends RecordedServiceStatusChange {
  actorDetails: ActorDetails;
}

/** A service as the HTTP layer shows it: the units fitted for it and its latest failed visit, if any. */
export interface ServiceView extends ServiceWithDevices {
  lastFailure: RecordedVisitFailure | null;
}

export interface ServiceDetail extends ServiceView {
  history: ServiceStatusChange[];
}

/**
 * The parts of an OrderPlaced event that shape its installation tasks. `vehicles` is absent
 * from events stored before orders had several vehicles: those are one vehicle with `lines`.
 */
export type PlacedOrder = Pick<OrderPlacedEvent, 'orderId' | 'orderNumber' | 'installationPostcode' | 'lines'> & {
  vehicles?: OrderPlacedEvent['vehicles'];
};

interface ChangeContext {
  actor: string;
  note: string | null;
  failureReason?: VisitFailureReason;
}

function toSummary(service: ServiceEntity): ServiceSummary {
  return {
    id: service.id,
    orderId: service.orderId,
    vehicleId: service.vehicleId,
    type: service.type,
    status: service.status,
    engineerId: service.engineerId,
    estimatedMinutes: service.estimatedMinutes,
    installationPostcode: service.installationPostcode,
    requiredSkills: [...service.requiredSkills],
    completion: service.completionReport ? { odometer: service.completionReport.odometer, notes: service.completionReport.notes } : null,
    createdAt: service.createdAt,
    updatedAt: service.updatedAt,
  };
}

function toStatusChange(row: ServiceStatusHistoryEntity): RecordedServiceStatusChange {
  return { fromStatus: row.fromStatus, toStatus: row.toStatus, at: row.at, note: row.note, actor: row.actor, failureReason: row.failureReason };
}

function toFailure(row: ServiceStatusHistoryEntity | undefined): RecordedVisitFailure | null {
  return row?.failureReason ? { reason: row.failureReason, note: row.note, at: row.at, actor: row.actor } : null;
}

@Injectable()
export class ServicesService {
  constructor(
    private readonly servicesRepository: ServicesRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly orderLifecycle: OrderLifecycleService,
    private readonly ordersService: OrdersService,
    private readonly productsService: ProductsService,
    private readonly installationRecord: InstallationRecordService,
    private readonly participants: ServiceParticipants,
    private readonly actors: ActorsService,
    private readonly outbox: OutboxPublisher,
    private readonly clock: Clock,
  ) {}

  /** An engineer's list holds their own services only, whatever engineer it asks for. */
  async list(filters: ServiceFilters, page: { limit: number; cursor?: string }, scope: OwnershipScope): Promise<Page<ServiceView>> {
    const found = toPage(await this.servicesRepository.findPage({ ...filters, ...jobsFilter(scope) }, page), page.limit, toSummary);
    return { ...found, items: await this.viewsOf(found.items) };
  }

  /** A service the scope may not see is as missing as one that does not exist, so ids do not leak. */
  async get(id: string, scope: OwnershipScope): Promise<ServiceDetail> {
    const service = await this.servicesRepository.findById(id);
    if (!service || !canSeeJob(scope, service.engineerId)) throw new ServiceNotFoundError(id);
    const [history, view] = await Promise.all([this.servicesRepository.findHistory(id), this.viewOf(service)]);
    const actors = await this.actors.describe(history.map((row) => row.actor));
    return { ...view, history: history.map((row) => ({ ...toStatusChange(row), actorDetails: actors.get(row.actor)! })) };
  }

  /** The services of an order, oldest first; Orders shows them with the order. */
  async findByOrder(orderId: string): Promise<ServiceSummary[]> {
    return (await this.servicesRepository.findByOrder(orderId)).map(toSummary);
  }

  async start(id: string, actor: string, scope: OwnershipScope): Promise<ServiceView> {
    return this.viewOf(await this.changeStatus(id, 'in_progress', { actor, note: null }, scope));
  }

  /**
   * The booked visit could not do this task's work: a scheduled or in-progress service goes
   * back to pending, without an engineer, the failure (reason, note) in its history. The order
   * is locked first, then its services; the booking records the failure and completes once
   * none of its tasks is left to do (participants: it also refuses a failure before the
   * appointment's day); the order stays open, the task waiting for a new booking.
   */
  async fail(id: string, failure: VisitFailure, actor: string, scope: OwnershipScope): Promise<ServiceView> {
    await this.unitOfWork.run(async (manager) => {
      const found = await this.servicesRepository.findById(id, manager);
      if (!found || !canSeeJob(scope, found.engineerId)) throw new ServiceNotFoundError(id);
      await this.orderLifecycle.lockForWork(found.orderId, manager);
      const orderServices = await this.servicesRepository.lockByOrder(found.orderId, manager);
      const service = orderServices.find((candidate) => candidate.id === id)!;
      const from = service.status;
      if (!isBooked(from)) throw new IllegalTransitionError(`Service ${service.id}`, from, 'pending', allowedNextStatuses(from));
      service.engineerId = null;
      await this.move(service, 'pending', manager, { actor, note: failure.note, failureReason: failure.reason });
      await this.orderLifecycle.markAwaitingBooking(service.orderId, true, manager);
      const recorded: RecordedVisitFailure = { ...failure, at: this.clock.now(), actor };
      const after = orderServices.map(toSummary);
      await this.participants.forEach((participant) => participant.serviceFailed(toSummary(service), from, recorded, after, manager));
    });
    return this.viewOf((await this.servicesRepository.findById(id))!);
  }

  /**
   * The work is done, and what was fitted is recorded in the installation record (Vehicles),
   * in the same transaction: one entry of `devices` per fitted unit of the task's installable
   * lines whose product declares identifiers (400 naming `devices.N.field` otherwise; 409
   * DEVICE_ALREADY_FITTED for an identifier fitted in a vehicle already).
   */
  async complete(id: string, actor: string, scope: OwnershipScope, report: CompletionInput = {}): Promise<ServiceView> {
    const completed = await this.changeStatus(id, 'completed', { actor, note: null }, scope, (service, manager) =>
      this.recordCompletion(service, report, actor, manager),
    );
    return this.viewOf(completed);
  }

  async cancel(id: string, reason: string, actor: string, scope: OwnershipScope): Promise<ServiceView> {
    return this.viewOf(await this.changeStatus(id, 'cancelled', { actor, note: reason }, scope));
  }

  /**
   * Creates the order's installation tasks, one per vehicle with something to fit, sized from
   * that vehicle's lines; an order with nothing to fit is fulfilled at once. The order is
   * locked first, so an order cancelled before this delivery (or a retry of it) gets no work.
   * Safe to call again for the same order: a redelivery finds the tasks and stops.
   */
  async createInstallationTask(order: PlacedOrder, actor: string): Promise<void> {
    const vehicles = order.vehicles ?? (await this.vehiclesOfEarlierEvent(order));
    try {
      await this.unitOfWork.run(async (manager) => {
        if ((await this.orderLifecycle.lockForWork(order.orderId, manager)) !== 'placed') return;
        if (await this.servicesRepository.existsForOrder(order.orderId, 'installation', manager)) return;
        const tasks = vehicles.flatMap((vehicle) => {
          const work = installationWorkFor(vehicle.lines);
          return work ? [{ vehicle, work }] : [];
        });
        if (tasks.length === 0) {
          await this.orderLifecycle.settle(order.orderId, 'fulfilled', { reason: 'nothing to install', actor }, manager);
          return;
        }
        const services = await this.servicesRepository.createMany(
          tasks.map(({ vehicle, work }) => ({
            orderId: order.orderId,
            vehicleId: vehicle.vehicleId,
            type: 'installation' as const,
            status: 'pending' as const,
            engineerId: null,
            estimatedMinutes: work.estimatedMinutes,
            installationPostcode: order.installationPostcode,
            requiredSkills: work.requiredSkills,
          })),
          manager,
        );
        const at = this.clock.now();
        await this.servicesRepository.addStatusChanges(
          services.map((service, index) => ({
            serviceId: service.id,
            fromStatus: null,
            toStatus: service.status,
            at,
            actor,
            note: vehicles.length > 1 ? `created from order ${order.orderNumber} for ${tasks[index]!.vehicle.registration}` : `created from order ${order.orderNumber}`,
          })),
          manager,
        );
        await this.orderLifecycle.markAwaitingBooking(order.orderId, true, manager);
      });
    } catch (error) {
      // Two deliveries raced past the existence check; the unique (order_id, type, vehicle_id) index let one win.
      if (!isUniqueViolation(error)) throw error;
    }
  }

  /** An event stored before orders had several vehicles: one vehicle with all its lines, the order's first if it has one. */
  private async vehiclesOfEarlierEvent(order: PlacedOrder): Promise<Array<{ vehicleId: string | null; registration: string | null; lines: PlacedOrder['lines'] }>> {
    const [first] = await this.ordersService.vehiclesOfOrder(order.orderId);
    return [{ vehicleId: first?.vehicleId ?? null, registration: first?.registration ?? null, lines: order.lines }];
  }

  /** For the Vehicles module (participant): the open tasks on a vehicle. */
  async openServicesOfVehicle(vehicleId: string, manager: EntityManager): Promise<string[]> {
    return (await this.servicesRepository.findOpenForVehicle(vehicleId, manager)).map((service) => service.id);
  }

  /** The services of several orders, by order, oldest first. */
  async findByOrders(orderIds: string[]): Promise<Map<string, ServiceSummary[]>> {
    return groupBy(await this.servicesRepository.findByOrders(orderIds), (service) => service.orderId, toSummary);
  }

  /**
   * The work of these orders waiting for a booking (their pending tasks), by order: how many
   * tasks, how long, which skills, and how many of them are back after a failed visit. An order
   * with no pending task is absent.
   */
  async pendingWorkOf(orderIds: string[]): Promise<Map<string, PendingWork>> {
    const work = new Map<string, PendingWork>();
    for (const group of await this.servicesRepository.sumPendingByOrders(orderIds)) {
      const entry = work.get(group.orderId) ?? { taskCount: 0, totalMinutes: 0, requiredSkills: [], failedVisitCount: 0 };
      entry.taskCount += group.tasks;
      entry.totalMinutes += group.minutes;
      entry.requiredSkills = [...new Set([...entry.requiredSkills, ...group.requiredSkills])].sort();
      // Pending with a failed visit on record: it was booked, and is waiting to be booked again.
      entry.failedVisitCount += group.failed;
      work.set(group.orderId, entry);
    }
    return work;
  }

  /** For Orders, in its transaction (the order locked): the order is cancelled, so is every open service of it. */
  async cancelOpenServicesOfOrder(orderId: string, reason: string, actor: string, manager: EntityManager): Promise<void> {
    const open = (await this.servicesRepository.lockByOrder(orderId, manager)).filter((service) => isOpen(service.status));
    for (const service of open) {
      await this.move(service, 'cancelled', manager, { actor, note: `order cancelled: ${reason}` });
    }
    await this.orderLifecycle.markAwaitingBooking(orderId, false, manager);
  }

  /** For Bookings, in its transaction: an engineer was booked for the order's pending services. */
  async scheduleForOrder(orderId: string, engineerId: string, manager: EntityManager, actor: string): Promise<ServiceSummary[]> {
    const services = await this.servicesRepository.lockByOrder(orderId, manager);
    const pending = services.filter((service) => service.status === 'pending');
    if (pending.length === 0) throw new NoServiceToScheduleError(orderId, services.map((service) => service.status));
    for (const service of pending) {
      service.engineerId = engineerId;
      await this.move(service, 'scheduled', manager, { actor, note: `engineer ${engineerId} booked` });
    }
    await this.orderLifecycle.markAwaitingBooking(orderId, false, manager);
    return pending.map(toSummary);
  }

  /** For Bookings, in its transaction: the booking was cancelled, so its services wait for a new one. */
  async unscheduleForOrder(orderId: string, manager: EntityManager, actor: string): Promise<ServiceSummary[]> {
    const services = await this.servicesRepository.lockByOrder(orderId, manager);
    const scheduled = services.filter((service) => service.status === 'scheduled');
    for (const service of scheduled) {
      service.engineerId = null;
      await this.move(service, 'pending', manager, { actor, note: 'booking cancelled' });
    }
    await this.syncAwaitingBooking(orderId, services, manager);
    return scheduled.map(toSummary);
  }

  /** For Bookings, in its transaction: the booking moved to another engineer; the services stay scheduled. */
  async reassignForOrder(orderId: string, engineerId: string, manager: EntityManager, actor: string): Promise<ServiceSummary[]> {
    const services = await this.servicesRepository.lockByOrder(orderId, manager);
    const scheduled = services.filter((service) => service.status === 'scheduled');
    for (const service of scheduled) {
      const previous = service.engineerId;
      service.engineerId = engineerId;
      await this.servicesRepository.save(service, manager);
      await this.recordChange(service, 'scheduled', manager, { actor, note: `engineer ${engineerId} booked instead of ${previous}` });
    }
    return scheduled.map(toSummary);
  }

  /**
   * For Bookings, in its transaction: the booked work was done. A scheduled service passes
   * through in_progress, so its history shows the work was started.
   */
  async completeForOrder(orderId: string, manager: EntityManager, actor: string): Promise<ServiceSummary[]> {
    const services = await this.servicesRepository.lockByOrder(orderId, manager);
    const booked = services.filter((service) => service.status === 'scheduled' || service.status === 'in_progress');
    const needDevices: string[] = [];
    for (const service of booked) {
      if ((await this.unitsToFit(service, manager)).some((unit) => unit.identifiers.length > 0)) needDevices.push(service.id);
    }
    if (needDevices.length > 0) throw new DevicesNotReportedError(needDevices);
    const change = { actor, note: 'booking completed' };
    for (const service of booked) {
      if (service.status === 'scheduled') await this.move(service, 'in_progress', manager, change);
      await this.move(service, 'completed', manager, change);
    }
    await this.settleOrderIfDone(orderId, services, change, manager);
    return booked.map(toSummary);
  }

  /**
   * A change asked for on the service itself. The order is locked first (the lock order of
   * every change to an order's work), then its services; the booking follows through the
   * participants, then the order settles once nothing is open.
   */
  private changeStatus(
    id: string,
    to: ServiceStatus,
    context: ChangeContext,
    scope: OwnershipScope,
    alongside?: (service: ServiceEntity, manager: EntityManager) => Promise<void>,
  ): Promise<ServiceSummary> {
    return this.unitOfWork.run(async (manager) => {
      const found = await this.servicesRepository.findById(id, manager);
      if (!found || !canSeeJob(scope, found.engineerId)) throw new ServiceNotFoundError(id);
      await this.orderLifecycle.lockForWork(found.orderId, manager);
      const orderServices = await this.servicesRepository.lockByOrder(found.orderId, manager);
      const service = orderServices.find((candidate) => candidate.id === id)!;
      assertTransition(service.id, service.status, to);
      if (to === 'in_progress') await this.participants.forEach((participant) => participant.serviceStarting(toSummary(service), context.actor, manager));
      if (alongside) await alongside(service, manager);
      await this.move(service, to, manager, context);
      await this.syncAwaitingBooking(service.orderId, orderServices, manager);
      if (!isOpen(to)) {
        const after = orderServices.map(toSummary);
        await this.participants.forEach((participant) => participant.serviceClosed(toSummary(service), context.note, after, context.actor, manager));
        await this.settleOrderIfDone(service.orderId, orderServices, context, manager);
      }
      return toSummary(service);
    });
  }

  /** The units the task fits that must be recorded, checked against the report, then recorded with the vehicle. */
  private async recordCompletion(service: ServiceEntity, report: CompletionInput, actor: string, manager: EntityManager): Promise<void> {
    const devices = report.devices ?? [];
    const errors = checkReportedDevices(devices, await this.unitsToFit(service, manager));
    if (errors.length > 0) throw new ValidationFailedError(errors, 'The devices reported do not match what this task fits');
    if (devices.length > 0) {
      if (!service.vehicleId) throw new ServiceWithoutVehicleError(service.id);
      await this.installationRecord.recordFitting(
        { vehicleId: service.vehicleId, serviceId: service.id, engineerId: service.engineerId, actor, at: this.clock.now() },
        devices.map((device, index) => ({
          field: `devices.${index}`,
          productId: device.productId,
          imei: device.imei ?? null,
          iccid: device.iccid ?? null,
          serial: device.serial ?? null,
          position: device.position ?? null,
        })),
        manager,
      );
    }
    if (report.odometer || report.notes) service.completionReport = { odometer: report.odometer ?? null, notes: report.notes ?? null };
  }

  /** What the task fits, per product: how many units, and the identifiers each unit must be recorded with. */
  private async unitsToFit(service: ServiceEntity, manager: EntityManager) {
    const lines = (await this.ordersService.linesOfVehicle(service.orderId, service.vehicleId, manager)).filter((line) => line.requiresInstallation);
    const identifiers = await this.productsService.identifiersOf([...new Set(lines.map((line) => line.productId))], manager);
    return [...groupBy(lines, (line) => line.productId, (line) => line).values()].map((group) => ({
      productId: group[0]!.productId,
      sku: group[0]!.sku,
      quantity: group.reduce((total, line) => total + line.quantity, 0),
      identifiers: identifiers.get(group[0]!.productId) ?? [],
    }));
  }

  /** Each service with the units fitted for it (the installation record). */
  async withDevices(services: ServiceSummary[]): Promise<ServiceWithDevices[]> {
    // Units are recorded when a task is completed: no other task has any to look up.
    const completed = services.filter((service) => service.status === 'completed').map((service) => service.id);
    const fitted = completed.length > 0 ? await this.installationRecord.fittedFor(completed) : [];
    const devices = groupBy(fitted, (device) => device.serviceId ?? '', (device) => device);
    return services.map((service) => ({ ...service, devices: devices.get(service.id) ?? [] }));
  }

  private async viewOf(service: ServiceSummary | ServiceEntity): Promise<ServiceView> {
    const [view] = await this.viewsOf([service instanceof ServiceEntity ? toSummary(service) : service]);
    return view!;
  }

  /** As the HTTP layer shows services: with the units fitted for each and its latest failed visit. */
  private async viewsOf(services: ServiceSummary[]): Promise<ServiceView[]> {
    const [withDevices, failures] = await Promise.all([
      this.withDevices(services),
      this.servicesRepository.findLastFailures(services.map((service) => service.id)),
    ]);
    return withDevices.map((service) => ({ ...service, lastFailure: toFailure(failures.get(service.id)) }));
  }

  /** The order is in the dispatcher's queue while some task of it is pending; `orderServices` are all of its tasks, as they now are. */
  private syncAwaitingBooking(orderId: string, orderServices: readonly ServiceEntity[], manager: EntityManager): Promise<void> {
    return this.orderLifecycle.markAwaitingBooking(orderId, orderServices.some((service) => service.status === 'pending'), manager);
  }

  private async move(service: ServiceEntity, to: ServiceStatus, manager: EntityManager, context: ChangeContext): Promise<void> {
    assertTransition(service.id, service.status, to);
    const from = service.status;
    service.status = to;
    await this.servicesRepository.save(service, manager);
    await this.recordChange(service, from, manager, context);
    await this.announce(service, manager, context);
  }

  /** An installation done, or its visit failed: the outside world hears of it, in the same transaction. */
  private async announce(service: ServiceEntity, manager: EntityManager, { actor, note, failureReason }: ChangeContext): Promise<void> {
    if (service.type !== 'installation') return;
    const ids = [service.id, service.orderId, service.vehicleId] as const;
    if (service.status === 'completed') {
      await this.outbox.publish(manager, new InstallationChangedEvent('installation.completed', ...ids, null, actor, null));
    } else if (failureReason) {
      await this.outbox.publish(manager, new InstallationChangedEvent('installation.failed', ...ids, { reason: failureReason, note }, actor, null));
    }
  }

  private recordChange(
    service: ServiceEntity,
    from: ServiceStatus | null,
    manager: EntityManager,
    context: ChangeContext,
  ): Promise<void> {
    return this.servicesRepository.addStatusChange(
      { serviceId: service.id, fromStatus: from, toStatus: service.status, at: this.clock.now(), ...context },
      manager,
    );
  }

  /**
   * Once no service of the order is open, the order moves on: fulfilled when some work was
   * done, cancelled when every task was cancelled. Called with all of the order's services
   * locked, so exactly one transaction sees the last one close.
   */
  private async settleOrderIfDone(orderId: string, orderServices: ServiceEntity[], context: ChangeContext, manager: EntityManager): Promise<void> {
    if (orderServices.length === 0 || orderServices.some((service) => isOpen(service.status))) return;
    const workDone = orderServices.some((service) => service.status === 'completed');
    const reason = workDone ? 'the installation work is done' : `every installation task was cancelled: ${context.note ?? 'no reason given'}`;
    await this.orderLifecycle.settle(orderId, workDone ? 'fulfilled' : 'cancelled', { reason, actor: context.actor }, manager);
  }
}
