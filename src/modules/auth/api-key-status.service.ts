import { Injectable } from '@nestjs/common';
import { ApiKeysRepository } from './api-keys/api-keys.repository';

/** Whether API keys are still in use, for modules that keep serving a key's client outside its requests (webhooks). */
@Injectable()
export class ApiKeyStatusService {
  constructor(private readonly apiKeysRepository: ApiKeysRepository) {}

  /** Those of `ids` that exist and are not revoked. */
  activeAmong(ids: readonly string[]): Promise<Set<string>> {
    return this.apiKeysRepository.unrevokedAmong(ids);
  }
}
