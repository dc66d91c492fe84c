import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DIRECTION_OF_SUBJECT, RegistryDirection, registryNumber, RegistrySubject } from '../../src/registry/registry-direction';
import { REGISTRY_DIRECTION_LABELS, REGISTRY_SUBJECT_LABELS } from '../../src/registry/registry-labels';
import { SIGNED_ACT_SUBJECT } from '../../src/applications/signed-act-content';

describe('registry numbers per book', () => {
  it('numbers the incoming book E and the outgoing book S, six digits, provider slug in capitals', () => {
    assert.equal(registryNumber('diba', RegistryDirection.INCOMING, 2026, 1), 'DIBA-E-2026-000001');
    assert.equal(registryNumber('diba', RegistryDirection.OUTGOING, 2026, 1), 'DIBA-S-2026-000001');
    assert.equal(registryNumber('diputacio-lleida', RegistryDirection.OUTGOING, 2027, 123456), 'DIPUTACIO-LLEIDA-S-2027-123456');
  });

  it('keeps the numbers submissions were given before there were two books', () => {
    // The format registry-numbering.ts wrote: `${SLUG}-E-${year}-${sequence padded to 6}`.
    assert.equal(registryNumber('diputacio-lleida', RegistryDirection.INCOMING, 2026, 2), 'DIPUTACIO-LLEIDA-E-2026-000002');
  });

  it("files the applicant's acts in the incoming book and the provider's in the outgoing one", () => {
    const incoming = Object.values(RegistrySubject).filter((subject) => DIRECTION_OF_SUBJECT[subject] === RegistryDirection.INCOMING);
    assert.deepEqual(incoming, ['SUBMISSION', 'CORRECTIONS_ANSWER', 'WITHDRAWAL_REQUEST', 'ALLEGATIONS']);
    // Acts signed after the submission are incoming, and never the submission itself.
    for (const subject of Object.values(SIGNED_ACT_SUBJECT)) assert.equal(DIRECTION_OF_SUBJECT[subject], RegistryDirection.INCOMING);
    assert.ok(!Object.values(SIGNED_ACT_SUBJECT).includes(RegistrySubject.SUBMISSION as never));
  });

  it('labels every book and subject in Catalan, Spanish and English', () => {
    for (const table of [REGISTRY_DIRECTION_LABELS, REGISTRY_SUBJECT_LABELS]) {
      for (const label of Object.values(table)) for (const locale of ['CA', 'ES', 'EN'] as const) assert.ok(label[locale].length > 0);
    }
  });
});
