import { DateTime } from 'luxon';
import type { BookingNotificationType } from '../bookings/booking-detail-participants';

export interface MessageVisit {
  start: Date;
  end: Date;
}

export interface MessageAddress {
  line1: string;
  line2: string | null;
  city: string;
  postcode: string;
}

export interface MessageVehicle {
  registration: string;
  make: string;
  model: string;
}

/** Everything a customer's e-mail says, gathered from the modules that own it. */
export interface CustomerMessageModel {
  type: BookingNotificationType;
  customerName: string;
  orderNumber: string;
  /** The business time zone (settings): times are written as the customer's clock shows them. */
  timeZone: string;
  /** The booking's visits; a reminder's, the one visit it is for. */
  visits: MessageVisit[];
  /** A reminder of one visit of several: which one. */
  visitOf?: { number: number; count: number };
  address: MessageAddress | null;
  vehicles: MessageVehicle[];
  /** The customer's own link to see, move or cancel the appointment (the appointments module); shown when present. */
  manageUrl?: string;
}

export interface CustomerMessage {
  subject: string;
  text: string;
}

const COMPANY = 'Vision Telematics';

/** A visit as the customer's clock shows it: "Monday 7 January 2030, 09:00–10:00" (DST-correct). */
export function localVisitTime(visit: MessageVisit, timeZone: string): string {
  const start = DateTime.fromJSDate(visit.start, { zone: timeZone });
  const end = DateTime.fromJSDate(visit.end, { zone: timeZone });
  const endText = end.hasSame(start, 'day') ? end.toFormat('HH:mm') : end.setLocale('en-GB').toFormat('cccc d LLLL yyyy, HH:mm');
  return `${start.setLocale('en-GB').toFormat('cccc d LLLL yyyy, HH:mm')}–${endText}`;
}

function visitLines(model: CustomerMessageModel): string[] {
  if (model.visits.length === 1) return [`  ${localVisitTime(model.visits[0]!, model.timeZone)}`];
  return model.visits.map((visit, index) => `  Day ${index + 1}: ${localVisitTime(visit, model.timeZone)}`);
}

function addressLines(address: MessageAddress | null): string[] {
  if (!address) return [];
  return ['', 'Where:', ...[address.line1, address.line2, address.city, address.postcode].filter((line): line is string => Boolean(line)).map((line) => `  ${line}`)];
}

function vehicleLines(vehicles: MessageVehicle[]): string[] {
  if (vehicles.length === 0) return [];
  return ['', vehicles.length === 1 ? 'Vehicle:' : 'Vehicles:', ...vehicles.map((vehicle) => `  ${vehicle.registration}, ${vehicle.make} ${vehicle.model}`)];
}

function subjectOf(model: CustomerMessageModel): string {
  const order = `order ${model.orderNumber}`;
  switch (model.type) {
    case 'confirmation':
      return `Your installation appointment is booked (${order})`;
    case 'reschedule':
      return `Your installation appointment has moved (${order})`;
    case 'cancellation':
      return `Your installation appointment is cancelled (${order})`;
    case 'reminder': {
      const start = DateTime.fromJSDate(model.visits[0]!.start, { zone: model.timeZone }).setLocale('en-GB');
      return `Reminder: installation on ${start.toFormat('cccc d LLLL')} at ${start.toFormat('HH:mm')} (${order})`;
    }
  }
}

function openingOf(model: CustomerMessageModel): string {
  switch (model.type) {
    case 'confirmation':
      return model.visits.length === 1 ? 'Your installation is booked for:' : `Your installation is booked over ${model.visits.length} days:`;
    case 'reschedule':
      return model.visits.length === 1 ? 'Your installation has moved. The new time is:' : `Your installation has moved. It now takes ${model.visits.length} days:`;
    case 'cancellation':
      return 'Your installation appointment has been cancelled. It was booked for:';
    case 'reminder':
      return model.visitOf && model.visitOf.count > 1
        ? `A reminder of your installation, day ${model.visitOf.number} of ${model.visitOf.count}:`
        : 'A reminder of your installation:';
  }
}

function closingOf(model: CustomerMessageModel): string[] {
  const manage = model.manageUrl ? ['', `To see, move or cancel your appointment: ${model.manageUrl}`] : [];
  if (model.type === 'cancellation') return ['', 'We will be in touch to book a new appointment.', ...manage];
  const invitation = model.type === 'reminder' ? [] : ['', 'The attached invitation adds the appointment to your calendar.'];
  return [...invitation, ...manage];
}

/** The e-mail a customer receives about their booking: plain text, times in the business time zone. */
export function composeCustomerMessage(model: CustomerMessageModel): CustomerMessage {
  const text = [
    `Dear ${model.customerName},`,
    '',
    openingOf(model),
    ...visitLines(model),
    ...addressLines(model.address),
    ...vehicleLines(model.vehicles),
    ...closingOf(model),
    '',
    `Your order number is ${model.orderNumber}.`,
    '',
    COMPANY,
    '',
  ].join('\n');
  return { subject: subjectOf(model), text };
}
