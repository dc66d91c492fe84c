import { registerDescribedEnum } from '../graphql/described-enum';
import { SignatureFormat } from './signature-format';

registerDescribedEnum(SignatureFormat, {
  name: 'SignatureFormat',
  description: 'How a signature sent in `signature` was packaged; both formats sign the same canonical bytes.',
  values: {
    JWS: 'Compact JWS (RFC 7515) with the certificate chain in x5c.',
    CADES: 'CAdES-BES: CMS SignedData (RFC 5652) in base64 DER, detached or attached, as AutoFirma and the AOC Signador produce.',
  },
});

export { SignatureFormat };
