/** `a, b ,c` → ['a', 'b', 'c']: how the forms take skills and areas. */
export function commaList(text: string): string[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}
