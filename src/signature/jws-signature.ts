import { loadJose } from '../identity/jose';
import { readJwsEnvelope } from './compact-jws';
import { OpenedSignature } from './opened-signature';
import { SignatureFormat } from './signature-format';
import { failure, SignatureFailure } from './verification-result';

/** Reads a compact JWS with x5c and checks its signature with the key of the first certificate. */
export async function openJwsSignature(jws: string): Promise<OpenedSignature | SignatureFailure> {
  const envelope = readJwsEnvelope(jws);
  if ('ok' in envelope) return envelope;
  const [leaf] = envelope.chain;

  const jose = await loadJose();
  try {
    // jose ignores x5c; the key is the leaf's, the algorithm the one header checks allowed.
    const { payload } = await jose.compactVerify(envelope.compact, leaf.node.publicKey, { algorithms: [envelope.algorithm] });
    return { format: SignatureFormat.JWS, chain: envelope.chain, signed: { content: payload }, signingTime: null };
  } catch (error) {
    const mismatch = (error as { code?: unknown }).code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED';
    return failure('SIGNATURE_INVALID', mismatch
      ? 'The signature does not verify with the public key of the signing certificate (first in x5c).'
      : `The signature cannot be verified with the signing certificate's key and algorithm ${envelope.algorithm}.`);
  }
}
