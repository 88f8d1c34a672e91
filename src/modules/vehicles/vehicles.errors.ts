import { ConflictError, ProblemType, ResourceNotFoundError, member, notFoundMembers } from '@app/common';

@ProblemType({ code: 'VEHICLE_NOT_FOUND', description: 'no vehicle has that id (or it is not this customer’s)', members: notFoundMembers('Vehicle') })
export class VehicleNotFoundError extends ResourceNotFoundError {
  constructor(id: string) {
    super('Vehicle', id);
  }
}

/** A customer already has a vehicle with this registration. */
@ProblemType({
  code: 'VEHICLE_REGISTRATION_TAKEN',
  description: 'the customer already has (another) vehicle with the registration, named by `vehicleId` when known',
  members: {
    customerId: member.uuid('The customer'),
    registration: member.string('The registration', 'AB12 CDE'),
    vehicleId: member.uuid('The customer’s vehicle with that registration'),
  },
  optional: ['vehicleId'],
})
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
@ProblemType({
  code: 'VEHICLE_HAS_OPEN_WORK',
  description: 'open work (an open order or installation task, listed in `openWork`) keeps the vehicle',
  members: {
    vehicleId: member.uuid('The vehicle'),
    openWork: {
      type: 'array',
      description: 'The open work, each by kind and id',
      items: { type: 'object', properties: { kind: { type: 'string', example: 'order' }, id: { type: 'string', format: 'uuid', example: '3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f' } } },
    },
  },
})
export class VehicleHasOpenWorkError extends ConflictError {
  constructor(vehicleId: string, work: ReadonlyArray<{ kind: string; id: string }>) {
    super('VEHICLE_HAS_OPEN_WORK', `Vehicle ${vehicleId} has open work and cannot be deleted`, { vehicleId, openWork: [...work] });
  }
}

/** Devices fitted in the vehicle are on record: they must come out before it can go. */
@ProblemType({
  code: 'VEHICLE_HAS_DEVICES',
  description: 'devices are fitted in the vehicle (`deviceIds`): they must come out before it can go',
  members: { vehicleId: member.uuid('The vehicle'), deviceIds: member.uuids('The devices fitted') },
})
export class VehicleHasDevicesError extends ConflictError {
  constructor(vehicleId: string, deviceIds: string[]) {
    super('VEHICLE_HAS_DEVICES', `Vehicle ${vehicleId} has devices fitted and cannot be deleted`, { vehicleId, deviceIds });
  }
}

/** An identifier is already fitted in a vehicle (this one or another); it can be in one at a time. */
@ProblemType({
  code: 'DEVICE_ALREADY_FITTED',
  description: 'an identifier (IMEI, ICCID, serial) is already fitted in a vehicle, this one or another (`vehicleId`, `registration`)',
  members: {
    field: member.string('The field at fault', 'devices.0.imei'),
    identifier: member.string('Which identifier', 'imei'),
    value: member.string('Its value', '356938035643809'),
    vehicleId: { ...member.uuid('The vehicle it is fitted in'), nullable: true },
    registration: { ...member.string('That vehicle’s registration', 'AB12 CDE'), nullable: true },
    errors: member.fieldErrors('Names the field', 'devices.0.imei', 'already fitted in vehicle AB12 CDE'),
  },
})
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
