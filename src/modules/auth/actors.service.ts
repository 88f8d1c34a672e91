import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { ActorDetails, ActorType, describeActor, parseActor } from '@app/common';
import { CustomersService } from '../customers/customers.service';
import { UsersService } from '../users/users.service';
import { ApiKeysRepository } from './api-keys/api-keys.repository';

/**
 * Who the actors recorded in audit and history rows are, by name: users and API keys are the
 * callers this module authenticates; customers act through their appointment link and are
 * named by Customers (which comes before auth in the module order and depends on nothing).
 * One query per kind for a whole list of entries, never one per entry.
 */
@Injectable()
export class ActorsService {
  constructor(
    private readonly usersService: UsersService,
    private readonly apiKeysRepository: ApiKeysRepository,
    private readonly customersService: CustomersService,
  ) {}

  /** Each distinct recorded actor (`user:<id>`, `api-key:<id>`, `customer:<id>`, `system`) with its type, id and current name. */
  async describe(actors: Iterable<string>): Promise<Map<string, ActorDetails>> {
    const distinct = [...new Set(actors)];
    const idsOf = (type: Exclude<ActorType, 'system'>) =>
      distinct.map(parseActor).flatMap((reference) => (reference.type === type && isUUID(reference.id) ? [reference.id!] : []));
    const [users, apiKeys, customers] = await Promise.all([
      this.usersService.namesOf(idsOf('user')),
      this.apiKeysRepository.namesOf(idsOf('api_key')),
      this.customersService.namesOf(idsOf('customer')),
    ]);
    return new Map(distinct.map((actor) => [actor, describeActor(actor, { users, apiKeys, customers })]));
  }
}
