import { ParticipantRegistry } from './participant-registry';

describe('ParticipantRegistry', () => {
  it('calls every participant in registration order, one after another', async () => {
    const registry = new ParticipantRegistry<{ name: string }>();
    const calls: string[] = [];
    registry.register({ name: 'first' });
    registry.register({ name: 'second' });

    await registry.forEach(async ({ name }) => {
      calls.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, name === 'first' ? 5 : 0));
      calls.push(`${name} end`);
    });

    expect(calls).toEqual(['first start', 'first end', 'second start', 'second end']);
  });

  it('stops at the first participant that throws', async () => {
    const registry = new ParticipantRegistry<{ name: string }>();
    const reached: string[] = [];
    registry.register({ name: 'refuses' });
    registry.register({ name: 'never' });

    await expect(
      registry.forEach(async ({ name }) => {
        reached.push(name);
        if (name === 'refuses') throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(reached).toEqual(['refuses']);
  });
});
