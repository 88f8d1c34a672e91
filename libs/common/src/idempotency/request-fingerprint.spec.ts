import { fingerprintRequest } from './request-fingerprint';

describe('fingerprintRequest', () => {
  it('ignores key order and undefined members', () => {
    expect(fingerprintRequest({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(
      fingerprintRequest({ b: { d: 'x', c: [1, 2] }, a: 1, e: undefined }),
    );
  });

  it('tells different bodies apart, including array order', () => {
    expect(fingerprintRequest({ items: [1, 2] })).not.toBe(fingerprintRequest({ items: [2, 1] }));
    expect(fingerprintRequest({ quantity: 1 })).not.toBe(fingerprintRequest({ quantity: 2 }));
  });
});
