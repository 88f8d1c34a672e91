import { ValidationFailedError } from '@app/common';
import { assertEngineerLink } from './user-rules';

const ENGINEER_ID = '3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c';

describe('assertEngineerLink', () => {
  it('accepts an engineer with an engineer id and staff without one', () => {
    expect(() => assertEngineerLink('engineer', ENGINEER_ID)).not.toThrow();
    expect(() => assertEngineerLink('dispatcher', null)).not.toThrow();
    expect(() => assertEngineerLink('admin', null)).not.toThrow();
  });

  it.each([
    ['engineer', null],
    ['admin', ENGINEER_ID],
    ['dispatcher', ENGINEER_ID],
  ] as const)('refuses a %s with engineerId %s, naming engineerId', (role, engineerId) => {
    let thrown: unknown;
    try {
      assertEngineerLink(role, engineerId);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationFailedError);
    expect(thrown).toMatchObject({ errors: [{ field: 'engineerId' }] });
  });
});
