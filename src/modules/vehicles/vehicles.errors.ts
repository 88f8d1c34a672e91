import { ConflictError } from '@app/common';

/** A customer already has a vehicle with this registration. */
export class VehicleRegistrationTakenError extends ConflictError {
  constructor(customerId: string, registration: string, vehicleId?: string) {
    super('VEHICLE_REGISTRATION_TAKEN', `Customer ${customerId} already has vehicle ${registration}`, {
      customerId,
      registration,
      ...(vehicleId ? { vehicleId } : {}),
    });
  }
}

/** Work still open for the vehicle (an open order or installation task) keeps it. */
export class VehicleHasOpenWorkError extends ConflictError {
  constructor(vehicleId: string, work: ReadonlyArray<{ kind: string; id: string }>) {
    super('VEHICLE_HAS_OPEN_WORK', `Vehicle ${vehicleId} has open work and cannot be deleted`, { vehicleId, openWork: [...work] });
  }
}

/** Devices fitted in the vehicle are on record: they must come out before it can go. */
export class VehicleHasDevicesError extends ConflictError {
  constructor(vehicleId: string, deviceIds: string[]) {
    super('VEHICLE_HAS_DEVICES', `Vehicle ${vehicleId} has devices fitted and cannot be deleted`, { vehicleId, deviceIds });
  }
}

/** An identifier is already fitted in a vehicle (this one or another); it can be in one at a time. */
export class DeviceAlreadyFittedError extends ConflictError {
  constructor(
    identifier: { field: string; name: string; value: string },
    vehicle: { id: string; registration: string } | null,
  ) {
    super(
      'DEVICE_ALREADY_FITTED',
      `${identifier.name.toUpperCase()} ${identifier.value} is already fitted${vehicle ? ` in vehicle ${vehicle.registration}` : ''}`,
      {
        field: identifier.field,
        identifier: identifier.name,
        value: identifier.value,
        vehicleId: vehicle?.id ?? null,
        registration: vehicle?.registration ?? null,
        errors: [{ field: identifier.field, message: `already fitted${vehicle ? ` in vehicle ${vehicle.registration} (${vehicle.id})` : ''}` }],
      },
    );
  }
}
