import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, OwnershipScope, Page, ResourceNotFoundError, UnitOfWork, canSeeJob, groupBy, isUniqueViolation, jobsFilter, toPage } from '@app/common';
import { OrderLifecycleService } from '../orders/order-lifecycle.service';
import { OrdersService } from '../orders/orders.service';
import type { OrderPlacedEvent } from '../orders/events/order-placed.event';
import { ServiceStatusHistoryEntity } from './entities/service-status-history.entity';
import { ServiceEntity } from './entities/service.entity';
import { installationWorkFor } from './installation-work';
import { ServiceParticipants } from './service-participants';
import { ServiceStatus, assertTransition, isOpen } from './service-status';
import type { ServiceType } from './service-type';
import { NoServiceToScheduleError } from './services.errors';
import { ServiceFilters, ServicesRepository } from './services.repository';

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
  createdAt: Date;
  updatedAt: Date;
}

export interface ServiceStatusChange {
  fromStatus: ServiceStatus | null;
  toStatus: ServiceStatus;
  at: Date;
  note: string | null;
  actor: string;
}

export interface ServiceDetail extends ServiceSummary {
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
    createdAt: service.createdAt,
    updatedAt: service.updatedAt,
  };
}

function toStatusChange(row: ServiceStatusHistoryEntity): ServiceStatusChange {
  return { fromStatus: row.fromStatus, toStatus: row.toStatus, at: row.at, note: row.note, actor: row.actor };
}

@Injectable()
export class ServicesService {
  constructor(
    private readonly servicesRepository: ServicesRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly orderLifecycle: OrderLifecycleService,
    private readonly ordersService: OrdersService,
    private readonly participants: ServiceParticipants,
    private readonly clock: Clock,
  ) {}

  /** An engineer's list holds their own services only, whatever engineer it asks for. */
  async list(filters: ServiceFilters, page: { limit: number; cursor?: string }, scope: OwnershipScope): Promise<Page<ServiceSummary>> {
    return toPage(await this.servicesRepository.findPage({ ...filters, ...jobsFilter(scope) }, page), page.limit, toSummary);
  }

  /** A service the scope may not see is as missing as one that does not exist, so ids do not leak. */
  async get(id: string, scope: OwnershipScope): Promise<ServiceDetail> {
    const service = await this.servicesRepository.findById(id);
    if (!service || !canSeeJob(scope, service.engineerId)) throw new ResourceNotFoundError('Service', id);
    const history = await this.servicesRepository.findHistory(id);
    return { ...toSummary(service), history: history.map(toStatusChange) };
  }

  /** The services of an order, oldest first; Orders shows them with the order. */
  async findByOrder(orderId: string): Promise<ServiceSummary[]> {
    return (await this.servicesRepository.findByOrder(orderId)).map(toSummary);
  }

  start(id: string, actor: string, scope: OwnershipScope): Promise<ServiceSummary> {
    return this.changeStatus(id, 'in_progress', { actor, note: null }, scope);
  }

  complete(id: string, actor: string, scope: OwnershipScope): Promise<ServiceSummary> {
    return this.changeStatus(id, 'completed', { actor, note: null }, scope);
  }

  cancel(id: string, reason: string, actor: string, scope: OwnershipScope): Promise<ServiceSummary> {
    return this.changeStatus(id, 'cancelled', { actor, note: reason }, scope);
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
        for (const { vehicle, work } of tasks) {
          const service = await this.servicesRepository.create(
            {
              orderId: order.orderId,
              vehicleId: vehicle.vehicleId,
              type: 'installation',
              status: 'pending',
              engineerId: null,
              estimatedMinutes: work.estimatedMinutes,
              installationPostcode: order.installationPostcode,
              requiredSkills: work.requiredSkills,
            },
            manager,
          );
          const note = vehicles.length > 1 ? `created from order ${order.orderNumber} for ${vehicle.registration}` : `created from order ${order.orderNumber}`;
          await this.recordChange(service, null, manager, { actor, note });
        }
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
