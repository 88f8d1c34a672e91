import { Injectable, OnModuleInit } from '@nestjs/common';
import { RetentionBudget, RetentionJob } from '../../retention/retention-job';
import { RetentionJobs } from '../../retention/retention-jobs';
import { AuthService } from './auth.service';

/** Deletes refresh tokens, revoked or not, once they have expired. */
@Injectable()
export class RefreshTokenRetentionJob implements RetentionJob, OnModuleInit {
  readonly name = 'auth.refresh-tokens';

  constructor(
    private readonly jobs: RetentionJobs,
    private readonly authService: AuthService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  run(budget: RetentionBudget): Promise<number> {
    return this.authService.deleteExpiredRefreshTokens(budget);
  }
}
