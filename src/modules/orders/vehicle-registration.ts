/**
 * UK number plates in the formats the DVLA has issued, matched without spaces; the two
 * capture groups are the halves the DVLA prints with a space between them.
 */
const PLATE_FORMATS: readonly RegExp[] = [
  /^([A-Z]{2}[0-9]{2})([A-Z]{3})$/, // current: AB12 CDE
  /^([A-Z][0-9]{1,3})([A-Z]{3})$/, // prefix: A123 BCD
  /^([A-Z]{3})([0-9]{1,3}[A-Z])$/, // suffix: ABC 123D
  /^([0-9]{1,4})([A-Z]{1,3})$/, // dateless: 1234 AB
  /^([A-Z]{1,3})([0-9]{1,4})$/, // dateless: AB 1234
];

/** The canonical spelling of a UK registration, or null when the text is not one. */
export function normaliseUkRegistration(input: string): string | null {
  const compact = input.replace(/[\s-]+/g, '').toUpperCase();
  for (const format of PLATE_FORMATS) {
    const match = format.exec(compact);
    if (match) return `${match[1]} ${match[2]}`;
  }
  return null;
}
