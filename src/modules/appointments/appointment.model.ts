import type { Booking, BookingVisit } from '../bookings/booking.model';
import type { OrderSite } from '../orders/orders.service';

/** What a customer sees of their booking at its link: plain data, mapped to the response once. */
export interface Appointment {
  orderNumber: string;
  status: Booking['status'];
  /** The business time zone, in which the visits' local times are read. */
  timeZone: string;
  visits: BookingVisit[];
  address: OrderSite['address'];
  vehicles: OrderSite['vehicles'];
  /** Whether the customer may cancel or move it now. */
  changesAllowed: boolean;
  /** The cut-off before the first visit: changes are allowed until then, while the booking is scheduled and not started. */
  changeableUntil: Date;
}
