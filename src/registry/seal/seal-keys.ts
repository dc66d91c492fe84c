/**
 * The provider's seal on application receipts (justificants): a compact JWS, typ
 * "application-receipt+jwt", signed with the provider's private key and checked by anyone with the
 * public keys the API publishes as `provider.sealKeys`. Entry point of src/registry/seal/.
 */
export { SEAL_ALGORITHMS, PRIVATE_JWK_MEMBERS, jwkThumbprint, type PublicJwk, type SealAlgorithm } from './seal-jwk';
export { RECEIPT_TYPE, SealKeyring, providerIssuer, verifySeal, type SealedClaims } from './seal-keyring';
export { loadSealKeyFile } from './seal-key-file';
export { DEVELOPMENT_SEAL_KID_PREFIX, developmentSealKeyPath, loadOrCreateDevelopmentSealKeys } from './development-seal-keys';
export { loadSealKeyring, type SealConfigOptions } from './seal-config';
