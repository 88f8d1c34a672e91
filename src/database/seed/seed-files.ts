import { Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { flattenValidationErrors } from '@app/common';

/** The repository's `seeds/` folder, found upwards from here so it works from src/ and dist/. */
function seedsDirectory(): string {
  let directory = __dirname;
  while (!existsSync(join(directory, 'seeds'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error('The seeds/ folder was not found');
    directory = parent;
  }
  return join(directory, 'seeds');
}

export function readSeedFile<T = unknown>(fileName: string): T {
  return JSON.parse(readFileSync(join(seedsDirectory(), fileName), 'utf8')) as T;
}

/**
 * Seed data goes through the same DTO validation as the API, so a bad fixture fails loudly
 * instead of writing rows the API would have refused.
 */
export function toValidatedDto<T extends object>(dtoType: Type<T>, raw: unknown, source: string): T {
  const dto = plainToInstance(dtoType, raw);
  const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    const problems = flattenValidationErrors(errors).map((error) => `${error.field}: ${error.message}`);
    throw new Error(`Invalid seed data in ${source}: ${problems.join('; ')}`);
  }
  return dto;
}
