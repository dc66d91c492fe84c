import type * as Jose from 'jose' with { 'resolution-mode': 'import' };

export type JoseModule = typeof Jose;
export type { CryptoKey, JWTPayload, JSONWebKeySet, JWK, JWTVerifyGetKey } from 'jose' with { 'resolution-mode': 'import' };

let loading: Promise<JoseModule> | undefined;

/**
 * jose 6 is published as ECMAScript modules only and this service compiles to CommonJS, so it is
 * loaded with a dynamic import (kept as import() by tsc under module node16), once.
 */
export function loadJose(): Promise<JoseModule> {
  loading ??= import('jose');
  return loading;
}
