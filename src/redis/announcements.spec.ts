import { EventEmitter } from 'node:events';
import { Announcement, Announcements } from './announcements';
import { localAnnouncements } from './announcements.fixtures';
import type { RedisConnections } from './redis-connections';

/** A Redis that echoes every PUBLISH to every subscriber, as pub/sub does, this instance's own included. */
function fakeRedis(bus: EventEmitter): RedisConnections {
  const subscriber = Object.assign(new EventEmitter(), { subscribe: jest.fn(() => Promise.resolve(1)) });
  bus.on('publish', (channel: string, text: string) => subscriber.emit('message', channel, text));
  return {
    commands: { publish: jest.fn((channel: string, text: string) => Promise.resolve(bus.emit('publish', channel, text) ? 1 : 0)) },
    subscriber: () => subscriber,
    channel: (name: string) => `test:${name}`,
  } as unknown as RedisConnections;
}

describe('Announcements', () => {
  const change: Announcement = { kind: 'user-changed', userId: 'u1' };

  it('tells this instance’s listeners before announce returns, without Redis', async () => {
    const announcements = localAnnouncements();
    await announcements.onModuleInit();
    const heard: Announcement[] = [];
    announcements.listen((announcement) => heard.push(announcement));
    const announced = announcements.announce(change);
    expect(heard).toEqual([change]);
    await announced;
  });

  it('tells every other instance once, and this one once despite the echo', async () => {
    const bus = new EventEmitter();
    const [first, second] = [new Announcements(fakeRedis(bus)), new Announcements(fakeRedis(bus))];
    const heard = { first: [] as Announcement[], second: [] as Announcement[] };
    for (const [name, instance] of [['first', first], ['second', second]] as const) {
      await instance.onModuleInit();
      instance.listen((announcement) => heard[name].push(announcement));
    }
    await first.announce({ kind: 'session-ended', sessionId: 's1' });
    expect(heard.first).toEqual([{ kind: 'session-ended', sessionId: 's1' }]);
    expect(heard.second).toEqual([{ kind: 'session-ended', sessionId: 's1' }]);
  });

  it('ignores messages that are not announcements', async () => {
    const bus = new EventEmitter();
    const instance = new Announcements(fakeRedis(bus));
    await instance.onModuleInit();
    const heard: Announcement[] = [];
    instance.listen((announcement) => heard.push(announcement));
    for (const text of ['not json', '{"kind":"user-changed"}', '{"kind":"drop-tables","userId":"u1"}', '{"kind":"data-changed","data":"passwords"}']) bus.emit('publish', 'test:announcements', text);
    expect(heard).toEqual([]);
  });

  it('announces a unit of work’s change once it has committed, and nothing for one that rolled back', async () => {
    const announcements = localAnnouncements();
    const heard: Announcement[] = [];
    announcements.listen((announcement) => heard.push(announcement));
    const changed: Announcement = { kind: 'data-changed', data: 'engineers' };
    let commit!: (value: string) => void;
    const committed = announcements.afterCommit(new Promise<string>((resolve) => (commit = resolve)), changed);
    expect(heard).toEqual([]);
    commit('row');
    await expect(committed).resolves.toBe('row');
    expect(heard).toEqual([changed]);
    await expect(announcements.afterCommit(Promise.reject(new Error('rolled back')), changed)).rejects.toThrow('rolled back');
    expect(heard).toEqual([changed]);
  });

  it('passes a data change on to the other instances', async () => {
    const bus = new EventEmitter();
    const [first, second] = [new Announcements(fakeRedis(bus)), new Announcements(fakeRedis(bus))];
    await Promise.all([first.onModuleInit(), second.onModuleInit()]);
    const heard: Announcement[] = [];
    second.listen((announcement) => heard.push(announcement));
    await first.announce({ kind: 'data-changed', data: 'bookings' });
    expect(heard).toEqual([{ kind: 'data-changed', data: 'bookings' }]);
  });
});
