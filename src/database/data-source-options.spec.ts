import { buildDataSourceOptions, databaseSettingsFromEnv } from './data-source-options';
import { PoolClient } from './pg-client';

const URL = 'postgres://postgres@127.0.0.1:5432/vision_test';

describe('buildDataSourceOptions', () => {
  it('bounds every wait of the PostgreSQL pool', () => {
    const options = buildDataSourceOptions({ url: URL, path: '', logging: false, connectTimeoutMs: 3000, statementTimeoutMs: 10000, lockTimeoutMs: 5000, preparedStatements: 50 });
    expect(options.type).toBe('postgres');
    expect(options.extra).toMatchObject({
      Client: PoolClient,
      connectionTimeoutMillis: 3000,
      statement_timeout: 10000,
      lock_timeout: 5000,
      // The client gives up a second after the server would have cancelled the statement.
      query_timeout: 11000,
      keepAlive: true,
      preparedStatements: 50,
    });
  });

  it('gives the migration CLI a connect timeout but no statement or lock timeout', () => {
    const options = buildDataSourceOptions(databaseSettingsFromEnv({ DATABASE_URL: URL, DATABASE_STATEMENT_TIMEOUT_MS: '10000' }));
    expect(options.extra).toMatchObject({ connectionTimeoutMillis: 3000 });
    expect(options.extra).not.toHaveProperty('statement_timeout');
    expect(options.extra).not.toHaveProperty('lock_timeout');
    expect(options.extra).not.toHaveProperty('query_timeout');
    // Its statements run once each: none is worth preparing.
    expect(options.extra).toMatchObject({ preparedStatements: 0 });
  });

  it('sets the SQLite busy timeout', () => {
    expect(buildDataSourceOptions({ path: ':memory:', logging: false, busyTimeoutMs: 750 })).toMatchObject({ type: 'better-sqlite3', timeout: 750 });
    expect(buildDataSourceOptions({ path: ':memory:', logging: false })).toMatchObject({ timeout: 5000 });
  });
});
