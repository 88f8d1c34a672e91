import { customerActor, describeActor, parseActor } from './actor';

const USER = '3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c';
const KEY = '0b7e2c1a-9d3f-4e5a-8b6c-7d8e9f0a1b2c';
const CUSTOMER = '5a6b7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d';

describe('actors', () => {
  it('reads each recorded form', () => {
    expect(parseActor(`user:${USER}`)).toEqual({ type: 'user', id: USER });
    expect(parseActor(`api-key:${KEY}`)).toEqual({ type: 'api_key', id: KEY });
    expect(parseActor(customerActor(CUSTOMER))).toEqual({ type: 'customer', id: CUSTOMER });
    expect(parseActor('system')).toEqual({ type: 'system', id: null });
    expect(parseActor('seed')).toEqual({ type: 'system', id: null });
  });

  it('names users, keys and customers from the names given, null when unknown, and the application by what acted', () => {
    const names = { users: new Map([[USER, 'Dana']]), apiKeys: new Map([[KEY, 'Web shop']]), customers: new Map([[CUSTOMER, 'Sam Carter']]) };
    expect(describeActor(`user:${USER}`, names)).toEqual({ type: 'user', id: USER, name: 'Dana' });
    expect(describeActor(`api-key:${KEY}`, names)).toEqual({ type: 'api_key', id: KEY, name: 'Web shop' });
    expect(describeActor(`user:${KEY}`, names)).toEqual({ type: 'user', id: KEY, name: null });
    expect(describeActor(`customer:${CUSTOMER}`, names)).toEqual({ type: 'customer', id: CUSTOMER, name: 'Sam Carter' });
    expect(describeActor(`customer:${USER}`, names)).toEqual({ type: 'customer', id: USER, name: null });
    expect(describeActor('seed', names)).toEqual({ type: 'system', id: null, name: 'seed' });
  });
});
