/** Immutable reads and writes of the form's content by path (["requirements", 0, "text"]). */
export type Path = readonly (string | number)[];

export function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((current, key) => (current == null ? undefined : (current as Record<string | number, unknown>)[key]), value);
}

export function setAt<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [key, ...rest] = path;
  const container = (value ?? (typeof key === 'number' ? [] : {})) as Record<string | number, unknown> | unknown[];
  const copy = (Array.isArray(container) ? [...container] : { ...container }) as Record<string | number, unknown>;
  copy[key] = setAt(copy[key], rest, next);
  return copy as T;
}

/**
 * Every leaf of a value with its path, for comparing two versions field by field. Localized
 * lists ({ locale, text }[]) are read as one leaf per language, so a change in one language is
 * one change.
 */
export function leaves(value: unknown, path: (string | number)[] = []): Map<string, unknown> {
  const result = new Map<string, unknown>();
  const visit = (current: unknown, at: (string | number)[]) => {
    if (Array.isArray(current) && current.every((item) => item && typeof item === 'object' && 'locale' in item && 'text' in item)) {
      for (const item of current as { locale: string; text: string }[]) result.set([...at, item.locale].join('.'), item.text);
      if (current.length === 0) result.set(at.join('.'), null);
      return;
    }
    // Translations are told apart by their language, not their place in the list.
    if (Array.isArray(current) && current.length > 0 && current.every((item) => item && typeof item === 'object' && typeof (item as { locale?: unknown }).locale === 'string')) {
      for (const item of current as { locale: string }[]) {
        const { locale, ...rest } = item;
        visit(rest, [...at, locale]);
      }
      return;
    }
    if (Array.isArray(current)) {
      current.forEach((item, index) => visit(item, [...at, index]));
      if (current.length === 0) result.set(at.join('.'), null);
      return;
    }
    if (current && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) if (key !== '__typename') visit(item, [...at, key]);
      return;
    }
    result.set(at.join('.'), current ?? null);
  };
  visit(value, path);
  return result;
}

/** The paths whose values differ between two versions, with both values. */
export function differences(mine: unknown, theirs: unknown): { path: string; mine: unknown; theirs: unknown }[] {
  const a = leaves(mine);
  const b = leaves(theirs);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  const blank = (value: unknown) => value === undefined || value === null || value === '';
  return paths
    .filter((path) => !(blank(a.get(path)) && blank(b.get(path))) && JSON.stringify(a.get(path) ?? null) !== JSON.stringify(b.get(path) ?? null))
    .map((path) => ({ path, mine: a.get(path) ?? null, theirs: b.get(path) ?? null }));
}
