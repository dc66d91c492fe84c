import { registerEnumType } from 'type-graphql';

/**
 * Registers an enum with GraphQL with a description for the type and for every value. The values'
 * descriptions are typed by the enum's keys, so adding a value without describing it does not
 * compile (the schema linter test would catch it later; this catches it at once).
 */
export function registerDescribedEnum<E extends Record<string, string>>(
  enumObject: E,
  options: { name: string; description: string; values: { [Key in keyof E]: string } },
): void {
  const valuesConfig = Object.fromEntries(
    Object.entries(options.values).map(([key, description]) => [key, { description }]),
  ) as { [Key in keyof E]: { description: string } };
  registerEnumType(enumObject, { name: options.name, description: options.description, valuesConfig });
}
