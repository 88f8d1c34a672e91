import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { ActorDetails, describeActor, parseActor } from '@app/common';
import { UsersService } from '../users/users.service';
import { ApiKeysRepository } from './api-keys/api-keys.repository';

/**
 * Who the actors recorded in audit and history rows are, by name: users and API keys are the
 * callers this module authenticates. One query per kind for a whole list of entries, never one per entry.
 */
@Injectable()
export class ActorsService {
  constructor(
    private readonly usersService: UsersService,
    private readonly apiKeysRepository: ApiKeysRepository,
  ) {}

  /** Each distinct recorded actor (`user:<id>`, `api-key:<id>`, `system`) with its type, id and current name. */
  async describe(actors: Iterable<string>): Promise<Map<string, ActorDetails>> {
    const distinct = [...new Set(actors)];
    const idsOf = (type: 'user' | 'api_key') =>
      distinct.map(parseActor).flatMap((reference) => (reference.type === type && isUUID(reference.id) ? [reference.id!] : []));
    const [users, apiKeys] = await Promise.all([this.usersService.namesOf(idsOf('user')), this.apiKeysRepository.namesOf(idsOf('api_key'))]);
    return new Map(distinct.map((actor) => [actor, describeActor(actor, { users, apiKeys })]));
  }
}
