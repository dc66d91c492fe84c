import { forbidden } from '../errors/domain-error';

/**
 * What every feature policy (`*.policy.ts`) shares. A policy is one pure function per action,
 * e.g. `canEditResources(actor, providerSlug)`, answering from the verified actor alone; resolvers
 * and routes call it where they start, and loaders call the same function once they know which
 * provider an object belongs to. Roles are read nowhere else (test/unit/policies.test.ts).
 */
export function authorize(allowed: boolean, field?: string[]): void {
  if (!allowed) throw forbidden(field);
}
