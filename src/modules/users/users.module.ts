import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EngineersModule } from '../engineers/engineers.module';
import { ActiveUsersCache } from './active-users.cache';
import { UserEntity } from './entities/user.entity';
import { FirstAdminInitializer } from './first-admin.initializer';
import { PasswordHasher } from './password-hasher';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

/** Who can sign in, with which role; passwords never leave this module. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), EngineersModule],
  controllers: [UsersController],
  providers: [
    UsersRepository,
    UsersService,
    PasswordHasher,
    FirstAdminInitializer,
    { provide: ActiveUsersCache, inject: [ConfigService], useFactory: ActiveUsersCache.fromConfig },
  ],
  exports: [UsersService],
})
export class UsersModule {}
