import { webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/**
 * pkijs keeps one global crypto engine. Without one set it picks whatever `globalThis.crypto`
 * is, so Node's own WebCrypto is set explicitly, once, by whoever imports pkijs through here
 * (the CAdES verifier, the development signer and the tests alike).
 */
type EngineCrypto = ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'];
const engine = new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as EngineCrypto });
pkijs.setEngine('node', engine);

export { asn1js, engine as pkijsEngine, pkijs };
