import { ApiProperty } from '@nestjs/swagger';

/**
 * Who made a change, as audit and history rows record it (`actorOf`): `user:<id>`, `api-key:<id>`,
 * `customer:<id>` (a customer through their appointment link, who never signs in: `customerActor`),
 * or a bare word for the application itself (`system` for event listeners, `seed` for the demo data).
 */
export const ACTOR_TYPES = ['user', 'api_key', 'customer', 'system'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** A recorded actor read back: the user's, API key's or customer's id, null for the application itself. */
export interface ActorReference {
  type: ActorType;
  id: string | null;
}

/** An actor with its name as it reads now: the user's, API key's or customer's name; null when that one is gone. */
export interface ActorDetails extends ActorReference {
  name: string | null;
}

const PREFIXES: ReadonlyArray<[string, ActorType]> = [
  ['user:', 'user'],
  ['api-key:', 'api_key'],
  ['customer:', 'customer'],
];

/** What audit rows record for a change the customer made themselves (their appointment link). */
export function customerActor(customerId: string): string {
  return `customer:${customerId}`;
}

export function parseActor(actor: string): ActorReference {
  for (const [prefix, type] of PREFIXES) {
    if (actor.startsWith(prefix)) return { type, id: actor.slice(prefix.length) };
  }
  return { type: 'system', id: null };
}

/** How an actor is answered: who, and their name, resolved when the entry is read. */
export class ActorResponse {
  @ApiProperty({
    enum: ACTOR_TYPES,
    example: 'user',
    description: '`user`, `api_key` (the web shop), `customer` (through their appointment link), or `system` (the application itself)',
  })
  type!: ActorType;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The user, API key or customer; null for `system`' })
  id!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Dana Dispatcher',
    description: "The user's, API key's or customer's name; for `system`, what acted (`system`, `seed`); null when that one no longer exists",
  })
  name!: string | null;
}

/** Names of users, API keys and customers by id, as the auth module resolves them in one batch per kind. */
export interface ActorNames {
  users: ReadonlyMap<string, string>;
  apiKeys: ReadonlyMap<string, string>;
  customers: ReadonlyMap<string, string>;
}

export function describeActor(actor: string, names: ActorNames): ActorDetails {
  const reference = parseActor(actor);
  if (reference.type === 'user') return { ...reference, name: names.users.get(reference.id!) ?? null };
  if (reference.type === 'api_key') return { ...reference, name: names.apiKeys.get(reference.id!) ?? null };
  if (reference.type === 'customer') return { ...reference, name: names.customers.get(reference.id!) ?? null };
  return { ...reference, name: actor };
}
