import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, IllegalTransitionError, OwnershipScope, Page, ResourceNotFoundError, UnitOfWork, canSeeJob, isUniqueViolation, jobsFilter, toPage } from '@app/common';
import { OrderLifecycleService } from '../orders/order-lifecycle.service';
import type { OrderPlacedEvent } from '../orders/events/order-placed.event';
import { ServiceStatusHistoryEntity } from './entities/service-status-history.entity';
import { ServiceEntity } from './entities/service.entity';
import { installationWorkFor } from './installation-work';
import { ServiceParticipants } from './service-participants';
import { ServiceStatus, allowedNextStatuses, assertTransition, isBooked, isOpen } from './service-status';
import type { ServiceType } from './service-type';
import { NoServiceToScheduleError } from './services.errors';
import { ServiceFilters, ServicesRepository } from './services.repository';
import type { RecordedVisitFailure, VisitFailure, VisitFailureReason } from './visit-failure';

/** A service as other modules and the HTTP layer see it: plain data, never the entity. */
export interface ServiceSummary {
  id: string;
  orderId: string;
  type: ServiceType;
  status: ServiceStatus;
  engineerId: string | null;
  estimatedMinutes: number;
  installationPostcode: string;
  requiredSkills: string[];
  createdAt: Date;
  updatedAt: Date;
}

export interface ServiceStatusChange {
  fromStatus: ServiceStatus | null;
  toStatus: ServiceStatus;
  at: Date;
  note: string | null;
  actor: string;
  /** Set on the change a failed visit made (back to pending); `note` is then the engineer's. */
  failureReason: VisitFailureReason | null;
}

/** A service as the HTTP layer shows it: with its latest failed visit, if any. */
export interface ServiceView extends ServiceSummary {
  lastFailure: RecordedVisitFailure | null;
}

export interface ServiceDetail extends ServiceView {
  history: ServiceStatusChange[];
}

/** The parts of an OrderPlaced event that shape its installation task. */
export type PlacedOrder = Pick<OrderPlacedEvent, 'orderId' | 'orderNumber' | 'installationPostcode' | 'lines'>;

interface ChangeContext {
  actor: string;
  note: string | null;
  failureReason?: VisitFailureReason;
}

function toSummary(service: ServiceEntity): ServiceSummary {
  return {
    id: service.id,
    orderId: service.orderId,
    type: service.type,
    status: service.status,
    engineerId: service.engineerId,
    estimatedMinutes: service.estimatedMinutes,
    installationPostcode: service.installationPostcode,
    requiredSkills: [...service.requiredSkills],
    createdAt: service.createdAt,
    updatedAt: service.updatedAt,
  };
}

function toStatusChange(row: ServiceStatusHistoryEntity): ServiceStatusChange {
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
    private readonly participants: ServiceParticipants,
    private readonly clock: Clock,
  ) {}

  /** An engineer's list holds their own services only, whatever engineer it asks for. */
  async list(filters: ServiceFilters, page: { limit: number; cursor?: string }, scope: OwnershipScope): Promise<Page<ServiceView>> {
    const found = toPage(await this.servicesRepository.findPage({ ...filters, ...jobsFilter(scope) }, page), page.limit, toSummary);
    return { ...found, items: await this.withLastFailures(found.items) };
  }

  /** A service the scope may not see is as missing as one that does not exist, so ids do not leak. */
  async get(id: string, scope: OwnershipScope): Promise<ServiceDetail> {
    const service = await this.servicesRepository.findById(id);
    if (!service || !canSeeJob(scope, service.engineerId)) throw new ResourceNotFoundError('Service', id);
    const history = await this.servicesRepository.findHistory(id);
    const lastFailure = toFailure(history.filter((row) => row.failureReason !== null).sort((a, b) => a.id - b.id).at(-1));
    return { ...toSummary(service), lastFailure, history: history.map(toStatusChange) };
  }

  /** The services of an order, oldest first; Orders shows them with the order. */
  async findByOrder(orderId: string): Promise<ServiceSummary[]> {
    return (await this.servicesRepository.findByOrder(orderId)).map(toSummary);
  }

  async start(id: string, actor: string, scope: OwnershipScope): Promise<ServiceView> {
    return this.viewOf(await this.changeStatus(id, 'in_progress', { actor, note: null }, scope));
  }

  async complete(id: string, actor: string, scope: OwnershipScope): Promise<ServiceView> {
    return this.viewOf(await this.changeStatus(id, 'completed', { actor, note: null }, scope));
  }

  async cancel(id: string, reason: string, actor: string, scope: OwnershipScope): Promise<ServiceView> {
    return this.viewOf(await this.changeStatus(id, 'cancelled', { actor, note: reason }, scope));
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
      if (!found || !canSeeJob(scope, found.engineerId)) throw new ResourceNotFoundError('Service', id);
      await this.orderLifecycle.lockForWork(found.orderId, manager);
      const orderServices = await this.servicesRepository.lockByOrder(found.orderId, manager);
      const service = orderServices.find((candidate) => candidate.id === id)!;
      const from = service.status;
      if (!isBooked(from)) throw new IllegalTransitionError(`Service ${service.id}`, from, 'pending', allowedNextStatuses(from));
      service.engineerId = null;
      await this.move(service, 'pending', manager, { actor, note: failure.note, failureReason: failure.reason });
      const recorded: RecordedVisitFailure = { ...failure, at: this.clock.now(), actor };
      const after = orderServices.map(toSummary);
      await this.participants.forEach((participant) => participant.serviceFailed(toSummary(service), from, recorded, after, manager));
    });
    return this.viewOf((await this.servicesRepository.findById(id))!);
  }

  /**
   * Creates the order's installation task; an order with nothing to fit is fulfilled at once.
   * The order is locked first, so an order cancelled before this delivery (or a retry of it)
   * gets no work. Safe to call again for the same order: a redelivery finds the task and stops.
   */
  async createInstallationTask(order: PlacedOrder, actor: string): Promise<void> {
    try {
      await this.unitOfWork.run(async (manager) => {
        if ((await this.orderLifecycle.lockForWork(order.orderId, manager)) !== 'placed') return;
        if (await this.servicesRepository.existsForOrder(order.orderId, 'installation', manager)) return;
        const work = installationWorkFor(order.lines);
        if (!work) {
          await this.orderLifecycle.settle(order.orderId, 'fulfilled', { reason: 'nothing to install', actor }, manager);
          return;
        }
        const service = await this.servicesRepository.create(
          {
            orderId: order.orderId,
            type: 'installation',
            status: 'pending',
            engineerId: null,
            estimatedMinutes: work.estimatedMinutes,
            installationPostcode: order.installationPostcode,
            requiredSkills: work.requiredSkills,
          },
          manager,
        );
        await this.recordChange(service, null, manager, { actor, note: `created from order ${order.orderNumber}` });
      });
    } catch (error) {
      // Two deliveries raced past the existence check; the unique (order_id, type) index let one win.
      if (!isUniqueViolation(error)) throw error;
    }
  }

  /** For Orders, in its transaction (the order locked): the order is cancelled, so is every open service of it. */
  async cancelOpenServicesOfOrder(orderId: string, reason: string, actor: string, manager: EntityManager): Promise<void> {
    const open = (await this.servicesRepository.lockByOrder(orderId, manager)).filter((service) => isOpen(service.status));
    for (const service of open) {
      await this.move(service, 'cancelled', manager, { actor, note: `order cancelled: ${reason}` });
    }
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
  private changeStatus(id: string, to: ServiceStatus, context: ChangeContext, scope: OwnershipScope): Promise<ServiceSummary> {
    return this.unitOfWork.run(async (manager) => {
      const found = await this.servicesRepository.findById(id, manager);
      if (!found || !canSeeJob(scope, found.engineerId)) throw new ResourceNotFoundError('Service', id);
      await this.orderLifecycle.lockForWork(found.orderId, manager);
      const orderServices = await this.servicesRepository.lockByOrder(found.orderId, manager);
      const service = orderServices.find((candidate) => candidate.id === id)!;
      assertTransition(service.id, service.status, to);
      if (to === 'in_progress') await this.participants.forEach((participant) => participant.serviceStarting(toSummary(service), context.actor, manager));
      await this.move(service, to, manager, context);
      if (!isOpen(to)) {
        const after = orderServices.map(toSummary);
        await this.participants.forEach((participant) => participant.serviceClosed(toSummary(service), context.note, after, context.actor, manager));
        await this.settleOrderIfDone(service.orderId, orderServices, context, manager);
      }
      return toSummary(service);
    });
  }

  private async viewOf(service: ServiceSummary | ServiceEntity): Promise<ServiceView> {
    const [view] = await this.withLastFailures([service instanceof ServiceEntity ? toSummary(service) : service]);
    return view!;
  }

  private async withLastFailures(services: ServiceSummary[]): Promise<ServiceView[]> {
    const failures = await this.servicesRepository.findLastFailures(services.map((service) => service.id));
    return services.map((service) => ({ ...service, lastFailure: toFailure(failures.get(service.id)) }));
  }

  private async move(service: ServiceEntity, to: ServiceStatus, manager: EntityManager, context: ChangeContext): Promise<void> {
    assertTransition(service.id, service.status, to);
    const from = service.status;
    service.status = to;
    await this.servicesRepository.save(service, manager);
    await this.recordChange(service, from, manager, context);
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
