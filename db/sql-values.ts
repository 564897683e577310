// The few places where SQLite's storage shows through: 0/1 booleans. Kept here so that a
// PostgreSQL dialect later only needs this file changed.
export function toBool(value: number | boolean | null | undefined): boolean {
  return value === true || value === 1;
}

export function fromBool(value: boolean): number {
  return value ? 1 : 0;
}
