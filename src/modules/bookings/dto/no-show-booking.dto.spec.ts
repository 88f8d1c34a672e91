import { ValidationPipe } from '@nestjs/common';
import { ValidationFailedError, validationExceptionFactory } from '@app/common';
import { CancelBookingDto } from './cancel-booking.dto';
import { NoShowBookingDto } from './no-show-booking.dto';

// The global pipe's options (src/bootstrap/configure-app.ts).
const pipe = new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: validationExceptionFactory });

function parse<T>(type: new () => T, body: unknown): Promise<T> {
  return pipe.transform(body, { type: 'body', metatype: type });
}

async function refusedFields(type: new () => unknown, body: unknown): Promise<string[]> {
  const error: unknown = await parse(type, body).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ValidationFailedError)) throw new Error(`expected a ValidationFailedError, got ${String(error)}`);
  return error.errors.map((fieldError) => fieldError.field);
}

describe('reasons', () => {
  describe('NoShowBookingDto', () => {
    it('takes no reason, or a null one', async () => {
      expect((await parse(NoShowBookingDto, {})).reason).toBeUndefined();
      expect((await parse(NoShowBookingDto, { reason: null })).reason).toBeNull();
    });

    it('trims the reason it is given', async () => {
      expect((await parse(NoShowBookingDto, { reason: '  Nobody answered \n' })).reason).toBe('Nobody answered');
    });

    it.each(['', '   ', '\t\n '])('refuses the blank reason %j', async (reason) => {
      expect(await refusedFields(NoShowBookingDto, { reason })).toEqual(['reason']);
    });

    it('refuses a reason that is not text or longer than the column', async () => {
      expect(await refusedFields(NoShowBookingDto, { reason: 7 })).toContain('reason');
      expect(await refusedFields(NoShowBookingDto, { reason: 'x'.repeat(501) })).toEqual(['reason']);
      expect((await parse(NoShowBookingDto, { reason: ` ${'x'.repeat(500)} ` })).reason).toHaveLength(500);
    });
  });

  describe('CancelBookingDto', () => {
    it('requires a reason with text in it', async () => {
      expect(await refusedFields(CancelBookingDto, {})).toContain('reason');
      expect(await refusedFields(CancelBookingDto, { reason: ' \t ' })).toEqual(['reason']);
      expect((await parse(CancelBookingDto, { reason: ' Customer away ' })).reason).toBe('Customer away');
    });
  });
});
