/**
 * Copies the given values onto an entity, touching only the properties that differ, and says
 * whether any did. Seeding twice must not write: MikroORM would skip unchanged values anyway, but
 * the answer also lets the runner report what it changed. References compare by primary key.
 */
export function assignChanged<T extends object>(entity: T, values: Partial<T>): boolean {
  let changed = false;
  for (const key of Object.keys(values) as (keyof T)[]) {
    const next = values[key];
    if (!sameValue(entity[key], next)) {
      entity[key] = next as T[keyof T];
      changed = true;
    }
  }
  return changed;
}

function sameValue(current: unknown, next: unknown): boolean {
  if (current === next) return true;
  if (current == null || next == null) return current == null && next == null;
  if (hasId(current) && hasId(next)) return current.id === next.id;
  return false;
}

function hasId(value: unknown): value is { id: unknown } {
  return typeof value === 'object' && value !== null && 'id' in value;
}
