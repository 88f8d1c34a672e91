/**
 * How a module that others depend on calls into them without importing them: the depended-on
 * module owns the participant interface and a registry of it (a provider it exports), and each
 * dependent registers its implementation at start-up, in `onModuleInit`. Calls run one after
 * another in registration order, inside the caller's transaction, and an error stops the caller.
 */
export class ParticipantRegistry<Participant> {
  private readonly participants: Participant[] = [];

  register(participant: Participant): void {
    this.participants.push(participant);
  }

  async forEach(call: (participant: Participant) => Promise<void>): Promise<void> {
    for (const participant of this.participants) await call(participant);
  }
}
