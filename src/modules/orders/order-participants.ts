import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ParticipantRegistry } from '@app/common';

/** A unit fitted for a task (the installation record, Vehicles), as the order page shows it. */
export interface OrderDeviceView {
  id: string;
  productId: string;
  imei: string | null;
  iccid: string | null;
  serial: string | null;
  position: string | null;
  engineerId: string | null;
  actor: string;
  fittedAt: Date;
  removedAt: Date | null;
}

export interface OrderServiceView {
  id: string;
  type: string;
  status: string;
  engineerId: string | null;
  estimatedMinutes: number;
  /** The vehicle the task is for; null for a task of an order placed before orders had several vehicles. */
  vehicleId: string | null;
  /** What was fitted for the task. */
  devices?: OrderDeviceView[];
}

export interface OrderBookingView {
  id: string;
  engineerId: string;
  start: Date;
  end: Date;
  status: string;
}

/** A participant's part of the order page: Services give the tasks, Bookings the visit. */
export interface OrderWorkView {
  services?: OrderServiceView[];
  booking?: OrderBookingView | null;
}

/**
 * A module whose work follows an order: Services (its tasks) and Bookings (its visit). Orders
 * comes first in the module order, so it calls them through this interface, never by import.
 */
export interface OrderParticipant {
  /**
   * The order is being cancelled in `manager`'s transaction, its row locked: close whatever of
   * this module's work for it is still open. Throwing refuses the cancellation.
   */
  orderCancelling(orderId: string, reason: string, actor: string, manager: EntityManager): Promise<void>;
  /** This module's part of the order page; the units fitted for its tasks only when `withDevices` (v2 shows them, v1 does not). */
  workOf(orderId: string, withDevices: boolean): Promise<OrderWorkView>;
  /** The tasks of each order of a page, for lists that show them (v2); a module with no tasks need not answer. */
  tasksOfOrders?(orderIds: string[]): Promise<Map<string, OrderServiceView[]>>;
}

@Injectable()
export class OrderParticipants extends ParticipantRegistry<OrderParticipant> {}
