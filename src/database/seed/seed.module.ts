import { Module } from '@nestjs/common';
import { BookingsModule } from '../../modules/bookings/bookings.module';
import { EngineersModule } from '../../modules/engineers/engineers.module';
import { OrdersModule } from '../../modules/orders/orders.module';
import { ProductsModule } from '../../modules/products/products.module';
import { SettingsModule } from '../../modules/settings/settings.module';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [SettingsModule, ProductsModule, EngineersModule, OrdersModule, BookingsModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class SeedModule {}
