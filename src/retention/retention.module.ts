import { Global, Module } from '@nestjs/common';
import { RetentionJobs } from './retention-jobs';
import { RetentionScheduler } from './retention.scheduler';

/**
 * Deletes rows once they are no longer needed. Each module owns its tables and therefore its
 * jobs: it implements `RetentionJob` and registers it with `RetentionJobs`; this module only
 * schedules them (ScheduleModule.forRoot() is imported by the app module).
 */
@Global()
@Module({
  providers: [RetentionJobs, RetentionScheduler],
  exports: [RetentionJobs, RetentionScheduler],
})
export class RetentionModule {}
