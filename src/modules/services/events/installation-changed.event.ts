import { DomainEvent, EventAggregate } from '@app/common';
import type { VisitFailureReason } from '../visit-failure';

export type InstallationEventName = 'installation.completed' | 'installation.failed';

/**
 * An installation task was done (its fitted devices are in the installation record) or its
 * visit failed (the task is pending again, with the failure). In its order's stream.
 */
export class InstallationChangedEvent<Name extends InstallationEventName = InstallationEventName> extends DomainEvent<Name> {
  constructor(
    private readonly name: Name,
    readonly serviceId: string,
    readonly orderId: string,
    readonly vehicleId: string | null,
    readonly failure: { readonly reason: VisitFailureReason; readonly note: string | null } | null,
    readonly actor: string,
    correlationId: string | null,
  ) {
    super(correlationId);
  }

  get eventName(): Name {
    return this.name;
  }

  aggregate(): EventAggregate {
    return { type: 'order', id: this.orderId };
  }
}

declare module '@app/common' {
  interface DomainEventMap {
    'installation.completed': InstallationChangedEvent<'installation.completed'>;
    'installation.failed': InstallationChangedEvent<'installation.failed'>;
  }
}
