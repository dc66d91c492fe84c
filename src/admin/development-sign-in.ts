import type { Config } from '../config';
import { actorFromClaims, InvalidClaimError } from '../identity/actor';
import { DevelopmentTokenClaims, mintDevelopmentToken } from '../identity/development-keys';

/*
 * The back office's development sign-in: a form that mints a token for a chosen person and roles,
 * like `npm run token`, with the same minting function and the same claim checks the service
 * applies. Who may use it is admin.policy.ts's developmentSignInAllowed.
 */

export class SignInRefused extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

const text = (value: unknown, field: string, max = 200): string => {
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) throw new SignInRefused(field, `must be text of 1–${max} characters`);
  return value.trim();
};

/** The form's body → claims a real identity provider would put in a token, checked as the verifier checks them. */
export function developmentClaims(body: unknown): DevelopmentTokenClaims {
  if (typeof body !== 'object' || body === null) throw new SignInRefused('body', 'must be a JSON object');
  // (Read by destructuring: the claims are built here, no role is checked.)
  const { nif: nifInput, name: nameInput, roles: rolesInput, represents: representsInput } = body as Record<string, unknown>;
  const nif = text(nifInput, 'nif', 20).toUpperCase();
  const name = text(nameInput, 'name');
  if (rolesInput !== undefined && (!Array.isArray(rolesInput) || rolesInput.length > 30)) throw new SignInRefused('roles', 'must be a list of at most 30 roles');
  const roles = ((rolesInput ?? []) as unknown[]).map((role) => text(role, 'roles', 100));
  let represents: DevelopmentTokenClaims['represents'] = null;
  if (representsInput !== undefined && representsInput !== null) {
    const entity = representsInput as Record<string, unknown>;
    if (typeof entity !== 'object') throw new SignInRefused('represents', 'must be an object with nif and name');
    represents = { nif: text(entity.nif, 'represents.nif', 20).toUpperCase(), name: text(entity.name, 'represents.name') };
  }
  const claims: DevelopmentTokenClaims = {
    sub: `dev:${nif}`,
    name,
    nif,
    certificate: { type: represents ? 'REPRESENTATIVE' : 'INDIVIDUAL', assurance: 'HIGH' },
    represents,
    roles,
  };
  let ignoredRole: string | undefined;
  try {
    actorFromClaims({ ...claims }, { onIgnoredRole: (entry) => { ignoredRole ??= entry; } });
  } catch (error) {
    if (error instanceof InvalidClaimError) throw new SignInRefused(error.claim, error.message);
    throw error;
  }
  // The verifier ignores unknown roles; a form should say so instead of signing in without them.
  if (ignoredRole !== undefined) throw new SignInRefused('roles', `"${ignoredRole}" is not <editor|reviewer|admin>:<provider slug>`);
  return claims;
}

/** A token for the form's person, signed with the development key for this service's issuer and audience. */
export async function mintSignInToken(config: Config, claims: DevelopmentTokenClaims): Promise<{ token: string; expiresIn: number }> {
  const keys = config.identity.keys;
  if (keys.kind !== 'development') throw new Error('The development sign-in needs the development key');
  const expiresIn = 8 * 3600;
  const token = await mintDevelopmentToken(claims, {
    dataDir: keys.dataDir, expiresIn, issuer: config.identity.issuer, audience: config.identity.audience,
  });
  return { token, expiresIn };
}
