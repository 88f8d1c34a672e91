import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, databaseSettingsFromEnv } from './data-source-options';

/** Used by the TypeORM CLI (`npm run migration:run` / `migration:revert`). */
export default new DataSource(buildDataSourceOptions(databaseSettingsFromEnv()));
