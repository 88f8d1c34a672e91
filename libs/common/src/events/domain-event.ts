import { randomUUID } from 'node:crypto';
import { OnEvent } from '@nestjs/event-emitter';

/**
 * What every domain event carries besides its own fields. Events travel through the
 * outbox as JSON, so fields are plain data (ISO strings for instants), never methods.
 */
export interface DomainEventEnvelope {
  readonly id: string;
  readonly occurredAt: string;
  readonly correlationId: string | null;
}

export abstract class DomainEvent implements DomainEventEnvelope {
  readonly id: string = randomUUID();
  readonly occurredAt: string = new Date().toISOString();

  protected constructor(readonly correlationId: string | null) {}
}

/** A domain event class: its static `eventName` is the routing key on the emitter. */
export interface DomainEventType {
  readonly eventName: string;
}

/**
 * Subscribes to an event delivered by the outbox dispatcher. Errors must reach the
 * dispatcher (so the event is retried), hence no error suppression and a promise result.
 * Every listener must be idempotent: a retry re-delivers to all listeners of the event.
 */
export function OnDomainEvent(event: DomainEventType): MethodDecorator {
  return OnEvent(event.eventName, { async: true, promisify: true, suppressErrors: false });
}
