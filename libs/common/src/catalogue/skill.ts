import { ValidateBy, ValidationOptions, buildMessage } from 'class-validator';

/** Skills name product categories, which are lower-case kebab slugs (`dashcam`, `fleet-camera`). */
const SKILL_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SKILL_LENGTH = 40;

export function normaliseSkill(value: string): string;
export function normaliseSkill(value: unknown): unknown;
export function normaliseSkill(value: unknown): unknown {
  return typeof value === 'string' ? value.trim().toLowerCase() : value;
}

export function isSkill(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_SKILL_LENGTH && SKILL_SLUG.test(value);
}

export function IsSkill(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isSkill',
      validator: {
        validate: isSkill,
        defaultMessage: buildMessage(
          (prefix) => `${prefix}$property must be a product category slug such as dashcam or fleet-camera (at most ${MAX_SKILL_LENGTH} characters)`,
          options,
        ),
      },
    },
    options,
  );
}
