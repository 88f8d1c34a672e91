import { randomUUID } from 'node:crypto';
import { OnEvent } from '@nestjs/event-emitter';

/**
 * Every domain event of the application by name, with its payload: the one map publisher and
 * listeners are typed by. Each module adds its events where it declares them:
 *
 *   declare module '@app/common' { interface DomainEventMap { 'order.placed': OrderPlacedEvent } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface DomainEventMap {}

export type DomainEventName = keyof DomainEventMap & string;

/** What an event is about: its events are delivered in the order they were raised. */
export interface EventAggregate {
  readonly type: string;
  readonly id: string;
}

/**
 * What every domain event carries besides its own fields. Events travel through the
 * outbox as JSON, so fields are plain data (ISO strings for instants), never methods.
 */
export interface DomainEventEnvelope {
  readonly id: string;
  readonly occurredAt: string;
  readonly correlationId: string | null;
}

export abstract class DomainEvent<Name extends DomainEventName = DomainEventName> implements DomainEventEnvelope {
  readonly id: string = randomUUID();
  readonly occurredAt: string = new Date().toISOString();

  protected constructor(readonly correlationId: string | null) {}

  /** The map key; also the class's static `eventName`. */
  abstract get eventName(): Name;

  /** Not part of the payload: the outbox stores it in columns of its own. */
  abstract aggregate(): EventAggregate;
}

/** The payload a listener of `Name` receives: the event's fields as they came out of JSON. */
export type DomainEventPayload<Name extends DomainEventName> = Omit<DomainEventMap[Name], 'eventName' | 'aggregate'>;

const listenersByEvent = new Map<string, Set<string>>();

/** The listeners subscribed to an event, by name (`Class.method`): one delivery is recorded for each. */
export function domainEventListeners(eventName: string): readonly string[] {
  return [...(listenersByEvent.get(eventName) ?? [])].sort();
}

/** The emitter's routing key of one listener of one event: each delivery reaches exactly that listener. */
export function listenerRoute(eventName: string, listener: string): string {
  return `${eventName}#${listener}`;
}

/**
 * Subscribes a method to a domain event delivered by the outbox. Delivery is recorded per
 * listener (`Class.method`), so a retry re-runs only the listeners that failed; a listener
 * must still be idempotent by event id, since a crash after it ran and before its delivery
 * was recorded runs it again. Errors must reach the dispatcher: no suppression.
 */
export function OnDomainEvent<Name extends DomainEventName>(eventName: Name) {
  return (
    target: object,
    method: string | symbol,
    descriptor: TypedPropertyDescriptor<(event: DomainEventPayload<Name>) => Promise<void>>,
  ): void => {
    const listener = `${target.constructor.name}.${String(method)}`;
    const listeners = listenersByEvent.get(eventName) ?? new Set<string>();
    listenersByEvent.set(eventName, listeners.add(listener));
    OnEvent(listenerRoute(eventName, listener), { async: true, promisify: true, suppressErrors: false })(target, method, descriptor);
  };
}
