import { senderOf } from './sender-address';

describe('senderOf', () => {
  it.each([
    ['Vision Telematics <bookings@vision.example>', { name: 'Vision Telematics', email: 'bookings@vision.example' }],
    ['"Vision, Bookings" <bookings@vision.example>', { name: 'Vision, Bookings', email: 'bookings@vision.example' }],
    ['<bookings@vision.example>', { name: 'Vision Telematics', email: 'bookings@vision.example' }],
    [' bookings@vision.example ', { name: 'Vision Telematics', email: 'bookings@vision.example' }],
  ])('reads %j', (from, party) => expect(senderOf(from)).toEqual(party));
});
