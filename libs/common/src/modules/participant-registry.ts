/**
 * How a module that others depend on calls into them without importing them: the depended-on
 * module owns the participant interface and a registry of it (a provider it exports), and each
 * dependent registers its implementation at start-up, in `onModuleInit`.
 */
export class ParticipantRegistry<Participant> {
  private readonly participants: Participant[] = [];

  register(participant: Participant): void {
    this.participants.push(participant);
  }

  /** For changes: one after another in registration order, in the caller's transaction; an error stops the caller. */
  async forEach(call: (participant: Participant) => Promise<void>): Promise<void> {
    for (const participant of this.participants) await call(participant);
  }

  /** For reads that do not depend on each other: all at once, answers in registration order. */
  map<Answer>(read: (participant: Participant) => Promise<Answer>): Promise<Answer[]> {
    return Promise.all(this.participants.map(read));
  }
}
