import { orderSearchTerms } from './order-search';
import { formatOrderNumber, parseOrderNumber } from './order-number';

describe('orderSearchTerms', () => {
  it('reads order numbers however they are quoted', () => {
    for (const text of ['VT-000123', 'vt-123', 'VT 123', 'vt123', '123', ' 000123 ']) expect(parseOrderNumber(text)).toBe('VT-000123');
    expect(parseOrderNumber('VT-1234567')).toBe(formatOrderNumber(1_234_567));
    for (const text of ['VT-', 'XX-123', '12a', 'VT--12']) expect(parseOrderNumber(text)).toBeUndefined();
  });

  it('normalises registrations and postcodes as they are stored', () => {
    expect(orderSearchTerms('ab12cde')).toEqual({ number: undefined, registration: 'AB12 CDE', postcode: undefined });
    expect(orderSearchTerms('sw1a1aa')).toEqual({ number: undefined, registration: undefined, postcode: 'SW1A 1AA' });
  });

  it('leaves plain text to the customer search', () => {
    expect(orderSearchTerms('lovelace')).toEqual({ number: undefined, registration: undefined, postcode: undefined });
  });
});
