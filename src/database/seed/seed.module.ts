import { Module } from '@nestjs/common';
import { BookingsModule } from '../../modules/bookings/bookings.module';
import { CustomersModule } from '../../modules/customers/customers.module';
import { EngineersModule } from '../../modules/engineers/engineers.module';
import { OrdersModule } from '../../modules/orders/orders.module';
import { ProductsModule } from '../../modules/products/products.module';
import { SettingsModule } from '../../modules/settings/settings.module';
import { UsersModule } from '../../modules/users/users.module';
import { VehiclesModule } from '../../modules/vehicles/vehicles.module';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [SettingsModule, ProductsModule, EngineersModule, CustomersModule, VehiclesModule, OrdersModule, BookingsModule, UsersModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class SeedModule {}
