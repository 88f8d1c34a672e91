import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RedisConnections } from '../../redis/redis-connections';
import { CustomersModule } from '../customers/customers.module';
import { UsersModule } from '../users/users.module';
import { AccessGuard } from './access.guard';
import { ActorsService } from './actors.service';
import { AccessTokenService, jwtOptions } from './access-token.service';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysRepository } from './api-keys/api-keys.repository';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuthController } from './auth.controller';
import { ApiKeyStatusService } from './api-key-status.service';
import { AuthService } from './auth.service';
import { ApiKeyEntity } from './entities/api-key.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { RateLimitGuard } from './rate-limit.guard';
import { rateLimitOptions } from './rate-limits';
import { RefreshTokenRetentionJob } from './refresh-token-retention.job';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { SessionsService } from './sessions.service';

/**
 * Who is calling: sign-in with tokens for users, API keys for the web shop, and the two
 * guards on every route. Global guards run in the order listed: the rate limit first, so
 * a flood is refused before it costs a token check or a database read.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([RefreshTokenEntity, ApiKeyEntity]),
    JwtModule.registerAsync({ inject: [ConfigService], useFactory: jwtOptions }),
    ThrottlerModule.forRootAsync({ inject: [ConfigService, RedisConnections], useFactory: rateLimitOptions }),
    UsersModule,
    CustomersModule,
  ],
  controllers: [AuthController, ApiKeysController],
  providers: [
    AccessTokenService,
    AuthService,
    RefreshTokensRepository,
    RefreshTokenRetentionJob,
    SessionsService,
    ApiKeysRepository,
    ApiKeysService,
    ActorsService,
    ApiKeyStatusService,
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [ActorsService, ApiKeyStatusService],
})
export class AuthModule {}
