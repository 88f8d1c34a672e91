import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseCommonModule } from '@app/common';
import { DatabaseConfig } from '../config/database.config';
import { buildDataSourceOptions } from './data-source-options';
import { DatabaseInterrupter } from './database-interrupter';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        ...buildDataSourceOptions(config.getOrThrow<DatabaseConfig>('database')),
        autoLoadEntities: true,
        migrationsRun: true,
      }),
    }),
    DatabaseCommonModule,
  ],
  providers: [DatabaseInterrupter],
  exports: [DatabaseInterrupter],
})
export class DatabaseModule {}
