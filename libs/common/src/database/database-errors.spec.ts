import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable, isUniqueViolation } from './database-errors';

/** An Error carrying a driver's `code`, as pg, better-sqlite3 and Node's sockets throw them. */
function coded(code: string, message = `failed with ${code}`): Error {
  return Object.assign(new Error(message), { code });
}

const failedQuery = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('isDatabaseUnavailable', () => {
  it.each([
    ['statement_timeout', failedQuery(coded('57014', 'canceling statement due to statement timeout'))],
    ['lock_timeout', failedQuery(coded('55P03', 'canceling statement due to lock timeout'))],
    ['admin shutdown', failedQuery(coded('57P01', 'terminating connection due to administrator command'))],
    ['a database starting up', coded('57P03', 'the database system is starting up')],
    ['too many connections', coded('53300', 'sorry, too many clients already')],
    ['a connection exception (class 08)', failedQuery(coded('08006', 'connection failure'))],
    ['a refused connection', coded('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a connection attempt timing out at the socket', coded('ETIMEDOUT')],
    ['a reset connection', failedQuery(coded('ECONNRESET', 'read ECONNRESET'))],
    ['an unresolvable host', coded('ENOTFOUND', 'getaddrinfo ENOTFOUND db')],
    ['a connection lost under a query', failedQuery(new Error('Connection terminated unexpectedly'))],
    ['a connection closed by the client', failedQuery(new Error('Connection terminated'))],
    ['a frozen server (read timeout)', failedQuery(new Error('Query read timeout'))],
    ['a dead client', failedQuery(new Error('Client has encountered a connection error and is not queryable'))],
    ['a closed client', failedQuery(new Error('Client was closed and is not queryable'))],
    ['the pool timing out on a free connection', new Error('timeout exceeded when trying to connect')],
    [
      'the pool timing out on a new connection',
      new Error('Connection terminated due to connection timeout', { cause: new Error('Connection terminated unexpectedly') }),
    ],
    ['a pool closed by the shutdown', new Error('Cannot use a pool after calling end on the pool')],
    ['every address of a host refusing', Object.assign(new AggregateError([coded('ECONNREFUSED'), coded('ECONNREFUSED')], ''), { code: undefined })],
    ['SQLite locked past the busy timeout', failedQuery(coded('SQLITE_BUSY', 'database is locked'))],
    ['SQLite snapshot conflict', failedQuery(coded('SQLITE_BUSY_SNAPSHOT', 'database is locked'))],
  ])('is true for %s', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', failedQuery(coded('23505', 'duplicate key value violates unique constraint'))],
    ['a syntax error', failedQuery(coded('42601', 'syntax error at or near "SELEC"'))],
    ['a deadlock (a conflict to retry at once, not an outage)', failedQuery(coded('40P01', 'deadlock detected'))],
    ['a SQLite constraint', failedQuery(coded('SQLITE_CONSTRAINT_UNIQUE', 'UNIQUE constraint failed'))],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a message that only mentions a timeout', new Error('Request timeout while computing availability')],
    ['not an error', 'Connection terminated'],
    ['nothing', undefined],
  ])('is false for %s', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('leaves the other classifications alone', () => {
    expect(isUniqueViolation(failedQuery(coded('57014')))).toBe(false);
  });
});
