import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AuthConfig } from '../../config/auth.config';
import { UsersService } from './users.service';

/** On a database without users, creates the admin named by ADMIN_EMAIL / ADMIN_PASSWORD so someone can sign in. */
@Injectable()
export class FirstAdminInitializer implements OnApplicationBootstrap {
  private readonly logger = new Logger(FirstAdminInitializer.name);

  constructor(
    private readonly usersService: UsersService,
    private readonly config: ConfigService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const firstAdmin = this.config.getOrThrow<AuthConfig>('auth').firstAdmin;
    if (!firstAdmin) {
      if (!(await this.usersService.anyExists())) {
        this.logger.warn('No user exists and ADMIN_EMAIL / ADMIN_PASSWORD are not set: nobody can sign in');
      }
      return;
    }
    if (await this.usersService.createFirstAdmin(firstAdmin)) {
      this.logger.log({ email: firstAdmin.email }, 'No user existed: created the first admin from ADMIN_EMAIL; change its password');
    }
  }
}
