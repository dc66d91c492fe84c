import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ApplicationEntity } from '../../src/applications/application.entity';
import { SignedActFacts, signedActPayload } from '../../src/applications/signed-act-content';
import { RegistrySubject } from '../../src/registry/registry-direction';

const application = {
  id: '00000000-0000-4000-8000-000000000101',
  provider: { slug: 'diputacio-lleida', nif: 'P7500000B' },
  localEntity: { nif: 'P2515100B', name: 'Ajuntament de Lleida' },
} as unknown as ApplicationEntity;
const file = (n: number) => ({ id: `00000000-0000-4000-8000-00000000020${n}`, sha256: String(n).repeat(64), filename: `annex-${n}.pdf` });
const act: SignedActFacts = { subject: RegistrySubject.WITHDRAWAL_REQUEST, statement: 'Desistim de la sol·licitud.', attachments: [file(1), file(2)], signerNif: '12345678Z' };

describe('the content of a signed act', () => {
  it('is the same bytes whatever the order of the attachments', async () => {
    const one = await signedActPayload(application, act);
    const other = await signedActPayload(application, { ...act, attachments: [file(2), file(1)] });
    assert.equal(one.canonicalJson, other.canonicalJson);
    assert.equal(one.sha256, other.sha256);
    assert.match(one.canonicalJson, /^\{"application":".+","attachments":\[\{"file":/);
  });

  it('changes with the application, the act, the signer, the statement or any attachment', async () => {
    const base = (await signedActPayload(application, act)).sha256;
    const variants = [
      signedActPayload({ ...application, id: '00000000-0000-4000-8000-000000000102' } as unknown as ApplicationEntity, act),
      signedActPayload(application, { ...act, subject: RegistrySubject.ALLEGATIONS }),
      signedActPayload(application, { ...act, signerNif: '87654321X' }),
      signedActPayload(application, { ...act, statement: 'Desistim de la sol·licitud' }),
      signedActPayload(application, { ...act, attachments: [file(1), { ...file(2), sha256: 'f'.repeat(64) }] }),
      signedActPayload(application, { ...act, attachments: [file(1)] }),
    ];
    const hashes = (await Promise.all(variants)).map((p) => p.sha256);
    assert.equal(new Set([base, ...hashes]).size, hashes.length + 1);
  });
});
