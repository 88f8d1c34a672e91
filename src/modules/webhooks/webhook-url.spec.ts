import { ResolveHost, checkUrl, isPublicAddress, refusalOf } from './webhook-url';

const resolvingTo =
  (...addresses: string[]): ResolveHost =>
  async () =>
    addresses;
const unresolvable: ResolveHost = async () => {
  throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
};
const production = (resolve: ResolveHost) => ({ allowPrivate: false, resolve });

describe('isPublicAddress', () => {
  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('accepts %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each([
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '127.0.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    'not-an-address',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
});

describe('refusalOf', () => {
  it('accepts an https URL whose host resolves to public addresses only', async () => {
    await expect(refusalOf('https://shop.example.com/hooks', production(resolvingTo('93.184.216.34', '2606:4700::1')))).resolves.toBeNull();
  });

  it('refuses plain http outside development', async () => {
    await expect(refusalOf('http://shop.example.com/hooks', production(resolvingTo('93.184.216.34')))).resolves.toBe('url must use https');
  });

  it('refuses a host with any private, loopback or link-local address among its addresses', async () => {
    await expect(refusalOf('https://shop.example.com/', production(resolvingTo('93.184.216.34', '10.0.0.7')))).resolves.toMatch(/10\.0\.0\.7/);
    await expect(refusalOf('https://localhost/', production(resolvingTo('127.0.0.1', '::1')))).resolves.toMatch(/private, loopback or link-local/);
  });

  it('judges a literal address without resolving it', async () => {
    const resolve = jest.fn(resolvingTo('93.184.216.34'));
    await expect(refusalOf('https://169.254.169.254/latest/meta-data', production(resolve))).resolves.toMatch(/169\.254\.169\.254/);
    await expect(refusalOf('https://[::1]:8443/', production(resolve))).resolves.toMatch(/::1/);
    await expect(refusalOf('https://8.8.8.8/', production(resolve))).resolves.toBeNull();
    expect(resolve).not.toHaveBeenCalled();
  });

  it('refuses a host that does not resolve', async () => {
    await expect(refusalOf('https://nowhere.invalid/', production(unresolvable))).resolves.toMatch(/does not resolve/);
  });

  it('refuses what is not an http URL, and credentials in it, whatever the policy', async () => {
    const development = { allowPrivate: true, resolve: resolvingTo('127.0.0.1') };
    await expect(refusalOf('ftp://shop.example.com/', development)).resolves.toMatch(/http or https/);
    await expect(refusalOf('not a url', development)).resolves.toMatch(/http or https/);
    await expect(refusalOf('https://user:pass@shop.example.com/', development)).resolves.toMatch(/credentials/);
  });

  it('allows plain http to localhost in development and tests', async () => {
    await expect(refusalOf('http://127.0.0.1:4000/hooks', { allowPrivate: true, resolve: unresolvable })).resolves.toBeNull();
  });
});

describe('checkUrl', () => {
  it('answers the address to connect to: the one checked, so a later answer of the resolver cannot move the request', async () => {
    await expect(checkUrl('https://shop.example.com/hooks', production(resolvingTo('93.184.216.34', '2606:4700::1')))).resolves.toEqual({ refusal: null, address: '93.184.216.34' });
    await expect(checkUrl('https://[2606:4700::1]/hooks', production(resolvingTo()))).resolves.toEqual({ refusal: null, address: '2606:4700::1' });
  });

  it('leaves resolving to the system where private addresses are allowed (development)', async () => {
    await expect(checkUrl('http://localhost:4000/hooks', { allowPrivate: true, resolve: resolvingTo('127.0.0.1') })).resolves.toEqual({ refusal: null, address: null });
  });

  it('answers a refusal without an address', async () => {
    await expect(checkUrl('https://intranet.example/', production(resolvingTo('10.0.0.7')))).resolves.toEqual({ refusal: expect.stringMatching(/10\.0\.0\.7/) });
  });
});
