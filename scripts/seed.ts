import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from '../src/app.module';
import { DemoSeeder } from '../src/database/seed/demo-seeder';

/** `npm run seed`: applies the demo data to the configured database; safe to repeat. */
async function seed(): Promise<void> {
  const app = await NestFactory.createApplicationContext(AppModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await app.get(DemoSeeder).seed();
  await app.close();
}

seed().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
