import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ScheduleModule } from '@nestjs/schedule';
import { ClockModule } from '@app/common';
import { LoggerModule } from 'nestjs-pino';
import { AppLogger } from './bootstrap/app-logger';
import { loggingOptions } from './bootstrap/logging';
import { appConfig } from './config/app.config';
import { authConfig } from './config/auth.config';
import { databaseConfig } from './config/database.config';
import { validateEnvironment } from './config/environment.schema';
import { httpConfig } from './config/http.config';
import { mailConfig } from './config/mail.config';
import { outboxConfig } from './config/outbox.config';
import { redisConfig } from './config/redis.config';
import { retentionConfig } from './config/retention.config';
import { webhooksConfig } from './config/webhooks.config';
import { DatabaseModule } from './database/database.module';
import { SeedModule } from './database/seed/seed.module';
import { HealthModule } from './health/health.module';
import { OutboxModule } from './outbox/outbox.module';
import { RedisModule } from './redis/redis.module';
import { RetentionModule } from './retention/retention.module';
import { AppointmentsModule } from './modules/appointments/appointments.module';
import { AuthModule } from './modules/auth/auth.module';
import { BookingsModule } from './modules/bookings/bookings.module';
import { CustomersModule } from './modules/customers/customers.module';
import { DispatchModule } from './modules/dispatch/dispatch.module';
import { EngineersModule } from './modules/engineers/engineers.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OrdersModule } from './modules/orders/orders.module';
import { ProductsModule } from './modules/products/products.module';
import { ServicesModule } from './modules/services/services.module';
import { SettingsModule } from './modules/settings/settings.module';
import { UsersModule } from './modules/users/users.module';
import { VehiclesModule } from './modules/vehicles/vehicles.module';
import { WebhooksModule } from './modules/webhooks/webhooks.module';

@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      cache: true,
      validate: validateEnvironment,
      load: [appConfig, authConfig, databaseConfig, httpConfig, mailConfig, outboxConfig, redisConfig, retentionConfig, webhooksConfig],
    }),
    LoggerModule.forRootAsync({ inject: [ConfigService], useFactory: loggingOptions }),
    EventEmitterModule.forRoot({ wildcard: false }),
    ScheduleModule.forRoot(),
    ClockModule,
    DatabaseModule,
    RedisModule,
    OutboxModule,
    RetentionModule,
    HealthModule,
    SettingsModule,
    EngineersModule,
    ProductsModule,
    CustomersModule,
    VehiclesModule,
    ServicesModule,
    BookingsModule,
    AppointmentsModule,
    WebhooksModule,
    NotificationsModule,
    DispatchModule,
    OrdersModule,
    UsersModule,
    AuthModule,
    SeedModule,
  ],
  providers: [AppLogger],
})
export class AppModule {}
