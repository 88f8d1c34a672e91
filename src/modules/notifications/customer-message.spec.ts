import { CustomerMessageModel, composeCustomerMessage, localVisitTime } from './customer-message';

const LONDON = 'Europe/London';

const MODEL: CustomerMessageModel = {
  type: 'confirmation',
  customerName: 'Jo Bloggs',
  orderNumber: 'VT-000123',
  timeZone: LONDON,
  visits: [{ start: new Date('2030-01-07T09:00:00Z'), end: new Date('2030-01-07T10:00:00Z') }],
  address: { line1: '1 High Street', line2: null, city: 'Leeds', postcode: 'LS1 1AA' },
  vehicles: [{ registration: 'AB12 CDE', make: 'Ford', model: 'Transit' }],
};

describe('customer messages', () => {
  it('write a visit in the business time zone, in winter and in summer time', () => {
    expect(localVisitTime(MODEL.visits[0]!, LONDON)).toBe('Monday 7 January 2030, 09:00–10:00');
    // 08:00 UTC is 09:00 BST the day after the clocks went forward (31 March 2030).
    expect(localVisitTime({ start: new Date('2030-04-01T08:00:00Z'), end: new Date('2030-04-01T09:30:00Z') }, LONDON)).toBe('Monday 1 April 2030, 09:00–10:30');
  });

  it('write the other zone when the business is elsewhere', () => {
    expect(localVisitTime(MODEL.visits[0]!, 'America/New_York')).toBe('Monday 7 January 2030, 04:00–05:00');
  });

  it('confirm with the time, address, vehicles and order number, and mention the invitation', () => {
    const { subject, text } = composeCustomerMessage(MODEL);
    expect(subject).toBe('Your installation appointment is booked (order VT-000123)');
    expect(text).toContain('Dear Jo Bloggs,');
    expect(text).toContain('Your installation is booked for:\n  Monday 7 January 2030, 09:00–10:00');
    expect(text).toContain('Where:\n  1 High Street\n  Leeds\n  LS1 1AA');
    expect(text).toContain('Vehicle:\n  AB12 CDE, Ford Transit');
    expect(text).toContain('The attached invitation adds the appointment to your calendar.');
    expect(text).toContain('Your order number is VT-000123.');
  });

  it('list each day of a multi-day booking', () => {
    const visits = [
      { start: new Date('2030-01-07T09:00:00Z'), end: new Date('2030-01-07T17:00:00Z') },
      { start: new Date('2030-01-08T09:00:00Z'), end: new Date('2030-01-08T12:00:00Z') },
    ];
    const { text } = composeCustomerMessage({ ...MODEL, type: 'reschedule', visits });
    expect(text).toContain('It now takes 2 days:\n  Day 1: Monday 7 January 2030, 09:00–17:00\n  Day 2: Tuesday 8 January 2030, 09:00–12:00');
  });

  it('show the self-service link only when there is one', () => {
    expect(composeCustomerMessage(MODEL).text).not.toContain('move or cancel');
    const { text } = composeCustomerMessage({ ...MODEL, manageUrl: 'https://book.example.com/a/token' });
    expect(text).toContain('To see, move or cancel your appointment: https://book.example.com/a/token');
  });

  it('tell of a cancellation with the time that was booked, and no invitation to add', () => {
    const { subject, text } = composeCustomerMessage({ ...MODEL, type: 'cancellation' });
    expect(subject).toBe('Your installation appointment is cancelled (order VT-000123)');
    expect(text).toContain('has been cancelled. It was booked for:\n  Monday 7 January 2030, 09:00–10:00');
    expect(text).not.toContain('invitation');
  });

  it('remind of one visit, naming its day of the run', () => {
    const visit = { start: new Date('2030-01-08T09:00:00Z'), end: new Date('2030-01-08T12:00:00Z') };
    const { subject, text } = composeCustomerMessage({ ...MODEL, type: 'reminder', visits: [visit], visitOf: { number: 2, count: 2 } });
    expect(subject).toBe('Reminder: installation on Tuesday 8 January at 09:00 (order VT-000123)');
    expect(text).toContain('A reminder of your installation, day 2 of 2:\n  Tuesday 8 January 2030, 09:00–12:00');
  });

  it('leave out what is not known', () => {
    const { text } = composeCustomerMessage({ ...MODEL, address: null, vehicles: [] });
    expect(text).not.toContain('Where:');
    expect(text).not.toContain('Vehicle');
  });
});
