import type { INestApplication } from '@nestjs/common';
import { CreateInstallationTaskListener } from '../../src/modules/services/listeners/create-installation-task.listener';
import { OutboxRepository } from '../../src/outbox/outbox.repository';

/** The Services listener of OrderPlaced, by the name its deliveries are recorded under. */
export const SERVICES_LISTENER = `${CreateInstallationTaskListener.name}.handle`;

/**
 * Makes recording the Services listener's next deliveries fail, one per error given, as a lost
 * connection would: its work is committed but the delivery is not, so the event comes again.
 * Only that listener's: other listeners of the event (webhooks) run in the same batch.
 */
export function failRecordingServicesDeliveries(app: INestApplication, ...errors: Error[]): void {
  const repository = app.get(OutboxRepository);
  // The class's own method, not the instance's (a spy, once this has been called before).
  const { markDelivered } = OutboxRepository.prototype;
  jest.spyOn(repository, 'markDelivered').mockImplementation(async (manager, delivery, now) => {
    if (delivery.listener === SERVICES_LISTENER && errors.length > 0) throw errors.shift()!;
    return markDelivered.call(repository, manager, delivery, now);
  });
}
