/** Human-readable order reference quoted on the phone: `VT-000123`. */
export function formatOrderNumber(sequenceNo: number): string {
  return `VT-${String(sequenceNo).padStart(6, '0')}`;
}

// As people quote it: `VT-000123`, `vt 123`, `VT123` or just `123`.
const QUOTED_NUMBER = /^(?:VT[-\s]?)?(\d{1,9})$/i;

/** The order number meant by text quoting one, in its stored form; undefined when the text is not one. */
export function parseOrderNumber(text: string): string | undefined {
  const match = QUOTED_NUMBER.exec(text.trim());
  return match ? formatOrderNumber(Number(match[1])) : undefined;
}
