import { nifKind, normalizeNif } from './nif';

export const CERTIFICATE_TYPES = ['INDIVIDUAL', 'REPRESENTATIVE', 'PUBLIC_EMPLOYEE'] as const;
export const ASSURANCE_LEVELS = ['LOW', 'SUBSTANTIAL', 'HIGH'] as const;
export const STAFF_ROLES = ['editor', 'reviewer', 'admin'] as const;

export type CertificateType = (typeof CERTIFICATE_TYPES)[number];
export type AssuranceLevel = (typeof ASSURANCE_LEVELS)[number];
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffRoleGrant {
  role: StaffRole;
  /** The provider's slug, e.g. "diba". */
  provider: string;
}

/** Who is making a request, built only from the claims of a verified token. */
export interface Actor {
  /** The identity provider's stable user id (`sub`). */
  subject: string;
  name: string;
  /** The certificate holder's own NIF (DNI, NIE or K/L/M), normalized. */
  nif: string;
  certificate: { type: CertificateType; assurance: AssuranceLevel };
  /** The entity a representative or public-employee certificate acts for; null for individuals. */
  represents: { nif: string; name: string } | null;
  roles: StaffRoleGrant[];
}

/** A claim that is missing or malformed; the verifier turns it into UNAUTHENTICATED. */
export class InvalidClaimError extends Error {
  constructor(readonly claim: string, reason: string) {
    super(`Token claim "${claim}" ${reason}`);
  }
}

const PROVIDER_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_TEXT_LENGTH = 300;

function requireText(value: unknown, claim: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new InvalidClaimError(claim, 'must be a non-empty string');
  if (value.length > MAX_TEXT_LENGTH) throw new InvalidClaimError(claim, `must be at most ${MAX_TEXT_LENGTH} characters`);
  return value.trim();
}

function requireChoice<T extends string>(value: unknown, claim: string, choices: readonly T[]): T {
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    throw new InvalidClaimError(claim, `must be one of ${choices.join(', ')}`);
  }
  return value as T;
}

function requireNif(value: unknown, claim: string, kind: 'PERSON' | 'ENTITY'): string {
  const text = requireText(value, claim);
  const found = nifKind(text);
  if (found === null) throw new InvalidClaimError(claim, `is not a valid NIF: "${text}"`);
  if (found !== kind) {
    throw new InvalidClaimError(claim, kind === 'PERSON' ? 'must be a person\'s NIF (DNI, NIE or K/L/M)' : 'must be an entity\'s NIF');
  }
  return normalizeNif(text);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Roles are strings "<role>:<provider slug>". Entries naming a role this service does not know,
 * or without a well-formed slug, are ignored rather than rejected: the identity provider may serve
 * other applications, and ignoring an entry can only grant less. A `roles` claim that is not a
 * list of strings is rejected, because that is a broken provider, not a foreign role.
 */
function parseRoles(value: unknown, onIgnoredRole: (entry: string) => void): StaffRoleGrant[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'string')) {
    throw new InvalidClaimError('roles', 'must be a list of strings such as "editor:diba"');
  }
  const grants = new Map<string, StaffRoleGrant>();
  for (const entry of value as string[]) {
    const [role, provider, ...rest] = entry.split(':');
    if (rest.length > 0 || !(STAFF_ROLES as readonly string[]).includes(role) || !provider || provider.length > 64 || !PROVIDER_SLUG.test(provider)) {
      onIgnoredRole(entry);
      continue;
    }
    grants.set(entry, { role: role as StaffRole, provider });
  }
  return [...grants.values()];
}

/**
 * Builds the actor from a token's claims (signature, issuer, audience and dates already checked).
 * Throws InvalidClaimError on the first claim that is missing or malformed.
 */
export function actorFromClaims(claims: Record<string, unknown>, options: { onIgnoredRole?: (entry: string) => void } = {}): Actor {
  const subject = requireText(claims.sub, 'sub');
  const name = requireText(claims.name, 'name');
  const nif = requireNif(claims.nif, 'nif', 'PERSON');

  if (!isObject(claims.certificate)) throw new InvalidClaimError('certificate', 'must be an object with type and assurance');
  const certificate = {
    type: requireChoice(claims.certificate.type, 'certificate.type', CERTIFICATE_TYPES),
    assurance: requireChoice(claims.certificate.assurance, 'certificate.assurance', ASSURANCE_LEVELS),
  };

  // Only representative and public-employee certificates speak for an entity (DESIGN.md,
  // Identity); an individual acts for one only through an authorization recorded in the service.
  let represents: Actor['represents'] = null;
  if (certificate.type === 'INDIVIDUAL') {
    if (claims.represents !== undefined && claims.represents !== null) {
      throw new InvalidClaimError('represents', 'is not allowed with an INDIVIDUAL certificate');
    }
  } else {
    if (!isObject(claims.represents)) throw new InvalidClaimError('represents', `is required with a ${certificate.type} certificate`);
    represents = {
      nif: requireNif(claims.represents.nif, 'represents.nif', 'ENTITY'),
      name: requireText(claims.represents.name, 'represents.name'),
    };
  }

  const roles = parseRoles(claims.roles, options.onIgnoredRole ?? (() => undefined));
  return { subject, name, nif, certificate, represents, roles };
}

/** Exact match: no role implies another (admin does not imply editor); callers ask for each. */
export function hasRole(actor: Actor | null | undefined, role: StaffRole, providerSlug: string): boolean {
  return actor?.roles.some((grant) => grant.role === role && grant.provider === providerSlug) ?? false;
}

/** Editors and admins of a provider: the staff who may read its drafts, revisions and audit log. */
export function isEditorialStaff(actor: Actor | null | undefined, providerSlug: string): boolean {
  return hasRole(actor, 'editor', providerSlug) || hasRole(actor, 'admin', providerSlug);
}
