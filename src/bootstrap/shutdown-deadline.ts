import type { LoggerService } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DatabaseInterrupter } from '../database/database-interrupter';

/** Before the deadline: the requests still waiting on the database get their 503 out in this time. */
const DATABASE_LEAD_MS = 1_000;
/** After the deadline: whatever still holds the process (a pool closing on a frozen database) is abandoned. */
const EXIT_AFTER_MS = 1_000;

/**
 * Makes a shutdown end in time. On SIGTERM or SIGINT Nest closes the app in order (its
 * shutdown hooks: the server stops accepting, in-flight requests finish with
 * `Connection: close`, then the database pool closes); this bounds how long that may take:
 *
 * - grace − 1 s: the database connections still in use are closed, so the requests waiting
 *   on them (a lock, a frozen database) answer 503 `DATABASE_UNAVAILABLE`;
 * - grace: the HTTP connections still open are closed;
 * - grace + 1 s: the process exits with status 1 if it has not ended by then.
 */
export function enforceShutdownDeadline(app: NestFastifyApplication, graceMs: number, logger: LoggerService): void {
  const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];
  const onSignal = (signal: NodeJS.Signals): void => {
    for (const other of signals) process.removeListener(other, onSignal);
    logger.log(`${signal} received: shutting down within ${graceMs} ms`, 'Shutdown');
    const timers = [
      setTimeout(() => {
        const interrupted = app.get(DatabaseInterrupter).interrupt();
        if (interrupted > 0) logger.warn(`Shutdown deadline near: ${interrupted} database connection(s) still in use closed`, 'Shutdown');
      }, graceMs - DATABASE_LEAD_MS),
      setTimeout(() => {
        logger.warn('Shutdown deadline reached: closing the HTTP connections still open', 'Shutdown');
        app.getHttpServer().closeAllConnections();
      }, graceMs),
      setTimeout(() => {
        logger.error(`Shutdown did not finish ${EXIT_AFTER_MS} ms after its deadline: exiting`, 'Shutdown');
        process.exit(1);
      }, graceMs + EXIT_AFTER_MS),
    ];
    // The timers only bound the shutdown: a process that is done may exit before them.
    for (const timer of timers) timer.unref();
  };
  for (const signal of signals) process.once(signal, onSignal);
}
