import { validateEnvironment } from './environment.schema';

describe('mail settings', () => {
  it('default to files in ./data/mail, reminders a day ahead and a poll every 30 seconds', () => {
    expect(validateEnvironment({})).toMatchObject({ MAIL_DIR: './data/mail', REMINDER_HOURS_BEFORE: 24, MAIL_POLL_INTERVAL_MS: 30000, MAIL_MAX_ATTEMPTS: 8 });
  });

  it('accept an smtp or smtps URL, or none', () => {
    expect(() => validateEnvironment({ SMTP_URL: 'smtp://user:secret@smtp.example.com:587' })).not.toThrow();
    expect(() => validateEnvironment({ SMTP_URL: 'smtps://smtp.example.com' })).not.toThrow();
    expect(() => validateEnvironment({ SMTP_URL: '' })).not.toThrow();
  });

  it('need a sender in production when mail goes to a server', () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
      WEBHOOK_SECRETS_KEY: 'a-production-webhook-key-of-at-least-32-characters',
    };
    expect(() => validateEnvironment({ ...production, SMTP_URL: 'smtp://smtp.example.com' })).toThrow(/MAIL_FROM/);
    expect(() => validateEnvironment({ ...production, SMTP_URL: 'smtp://smtp.example.com', MAIL_FROM: 'Shop <bookings@shop.example>' })).not.toThrow();
    expect(() => validateEnvironment(production)).not.toThrow();
  });

  it.each([
    [{ SMTP_URL: 'http://smtp.example.com' }, 'SMTP_URL'],
    [{ REMINDER_HOURS_BEFORE: '0' }, 'REMINDER_HOURS_BEFORE'],
    [{ REMINDER_HOURS_BEFORE: 'a day' }, 'REMINDER_HOURS_BEFORE'],
    [{ MAIL_MAX_ATTEMPTS: '0' }, 'MAIL_MAX_ATTEMPTS'],
    [{ MAIL_POLL_INTERVAL_MS: '-1' }, 'MAIL_POLL_INTERVAL_MS'],
  ])('refuse %j naming %s', (environment, variable) => {
    expect(() => validateEnvironment(environment)).toThrow(new RegExp(`Invalid configuration — .*${variable}`));
  });
});
