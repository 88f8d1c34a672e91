/** A unit fitted in a vehicle, as the installation record holds it. */
export interface FittedDevice {
  id: string;
  vehicleId: string;
  productId: string;
  imei: string | null;
  iccid: string | null;
  serial: string | null;
  position: string | null;
  /** The installation task it was fitted for. */
  serviceId: string | null;
  /** The engineer who fitted it, when one was booked. */
  engineerId: string | null;
  /** Who recorded it: `user:<id>`, `api-key:<id>` or `system`. */
  actor: string;
  fittedAt: Date;
  /** Set when the unit came out again; null while it is fitted. */
  removedAt: Date | null;
}

/** A customer's vehicle as other modules see it: a plain copy, never the entity. */
export interface VehicleSnapshot {
  id: string;
  customerId: string;
  registration: string;
  vin: string | null;
  make: string;
  model: string;
  year: number | null;
  fleetNumber: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A vehicle with what is fitted in it now. */
export interface VehicleDetail extends VehicleSnapshot {
  devices: FittedDevice[];
}

/** A vehicle described by an order or a dispatcher; `registration` already normalised. */
export interface VehicleDescription {
  registration: string;
  make: string;
  model: string;
  year?: number | null;
  vin?: string | null;
  fleetNumber?: string | null;
}

/** One unit to record as fitted; `field` names it in the request (`devices.0`) for errors. */
export interface DeviceToFit {
  field: string;
  productId: string;
  imei: string | null;
  iccid: string | null;
  serial: string | null;
  position: string | null;
}

/** Where a device is fitted (or was), for the look-up by identifier. */
export interface DeviceWhereabouts extends FittedDevice {
  vehicle: { id: string; customerId: string; registration: string } | null;
}
