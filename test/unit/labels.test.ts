import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APPLICATION_STATUS_LABELS, DEADLINE_STATE_LABELS } from '../../src/applications/application-labels';
import { ApplicationStatus } from '../../src/applications/application-status';
import { DeadlineState } from '../../src/applications/deadline-state';
import { RevocationOutcome } from '../../src/applications/revocation-outcome';
import { REVOCATION_OUTCOME_LABELS } from '../../src/applications/revocation-labels';
import { HOLIDAY_SCOPE_LABELS } from '../../src/calendar/holiday-labels';
import { HolidayScope } from '../../src/calendar/holiday-scope';
import {
  ChannelKind, GrantProcedure, ProcedureStepKind, ProvisionType, QualityIndicator, RequirementVerification,
  ResourceDocumentKind, ResourceKind, ResourceStatus, SilenceEffect, TermUnit,
} from '../../src/catalogue/resource-enums';
import {
  CHANNEL_KIND_LABELS, GRANT_PROCEDURE_LABELS, PROCEDURE_STEP_KIND_LABELS, PROVISION_TYPE_LABELS, QUALITY_INDICATOR_LABELS,
  REQUIREMENT_VERIFICATION_LABELS, RESOURCE_DOCUMENT_KIND_LABELS, RESOURCE_REVISION_ACTION_LABELS, RESOURCE_STATUS_LABELS, SILENCE_EFFECT_LABELS,
  TERM_UNIT_LABELS,
} from '../../src/catalogue/resource-labels';
import { ResourceRevisionAction } from '../../src/catalogue/resource-revision.entity';
import { ASSURANCE_LEVEL_LABELS, CERTIFICATE_TYPE_LABELS, STAFF_ROLE_LABELS } from '../../src/identity/identity-labels';
import { AssuranceLevelValue, CertificateTypeValue, StaffRoleName } from '../../src/identity/viewer.type';
import {
  LabelTable, labelOf, labelsOf, LOCAL_ENTITY_TYPE_LABELS, LOCAL_ENTITY_TYPE_SINGULAR_LABELS, optionalLabelOf,
  RESOURCE_KIND_LABELS, SDG_NAMES, sdgName,
} from '../../src/i18n/labels';
import { Locale } from '../../src/i18n/locale';
import { SignatureFormat } from '../../src/signature/signature-format';
import { SIGNATURE_FORMAT_LABELS } from '../../src/signature/signature-labels';
import { LocalEntityType } from '../../src/tenancy/local-entity-type';
import { taxonomyLabel } from '../../src/tenancy/taxonomy-label';

/** Every enum a screen shows, with its table: a value added to an enum without labels fails here. */
const TABLES: [string, Record<string, string>, LabelTable<string>][] = [
  ['ResourceKind', ResourceKind, RESOURCE_KIND_LABELS],
  ['LocalEntityType (audience)', LocalEntityType, LOCAL_ENTITY_TYPE_LABELS],
  ['LocalEntityType (one entity)', LocalEntityType, LOCAL_ENTITY_TYPE_SINGULAR_LABELS],
  ['ResourceStatus', ResourceStatus, RESOURCE_STATUS_LABELS],
  ['TermUnit', TermUnit, TERM_UNIT_LABELS],
  ['SilenceEffect', SilenceEffect, SILENCE_EFFECT_LABELS],
  ['ProvisionType', ProvisionType, PROVISION_TYPE_LABELS],
  ['RequirementVerification', RequirementVerification, REQUIREMENT_VERIFICATION_LABELS],
  ['ResourceDocumentKind', ResourceDocumentKind, RESOURCE_DOCUMENT_KIND_LABELS],
  ['QualityIndicator', QualityIndicator, QUALITY_INDICATOR_LABELS],
  ['ProcedureStepKind', ProcedureStepKind, PROCEDURE_STEP_KIND_LABELS],
  ['ChannelKind', ChannelKind, CHANNEL_KIND_LABELS],
  ['GrantProcedure', GrantProcedure, GRANT_PROCEDURE_LABELS],
  ['ApplicationStatus', ApplicationStatus, APPLICATION_STATUS_LABELS],
  ['DeadlineState', DeadlineState, DEADLINE_STATE_LABELS],
  ['HolidayScope', HolidayScope, HOLIDAY_SCOPE_LABELS],
  ['ResourceRevisionAction', ResourceRevisionAction, RESOURCE_REVISION_ACTION_LABELS],
  ['CertificateType', CertificateTypeValue, CERTIFICATE_TYPE_LABELS],
  ['AssuranceLevel', AssuranceLevelValue, ASSURANCE_LEVEL_LABELS],
  ['StaffRoleName', StaffRoleName, STAFF_ROLE_LABELS],
  ['SignatureFormat', SignatureFormat, SIGNATURE_FORMAT_LABELS],
  ['RevocationOutcome', RevocationOutcome, REVOCATION_OUTCOME_LABELS],
];

describe('labels of enum values', () => {
  for (const [name, values, table] of TABLES) {
    it(`${name}: every value has a distinct, non-empty label in CA, ES and EN, and nothing else`, () => {
      assert.deepEqual(Object.keys(table).sort(), Object.values(values).sort(), 'the table labels exactly the enum values');
      for (const locale of [Locale.CA, Locale.ES, Locale.EN]) {
        const labels = Object.values(values).map((value) => table[value]?.[locale]);
        for (const [index, label] of labels.entries()) {
          assert.ok(typeof label === 'string' && label.trim() === label && label.length > 0, `${name}.${Object.values(values)[index]} in ${locale}`);
        }
        assert.equal(new Set(labels).size, labels.length, `${name} labels in ${locale} are distinct: ${labels.join(' | ')}`);
      }
    });
  }

  it('uses the wording of the source fitxes in Catalan', () => {
    assert.equal(labelOf(GRANT_PROCEDURE_LABELS, GrantProcedure.DIRECT_WITH_CONCURRENCE, Locale.CA), 'Concessió directa amb concurrència');
    assert.equal(labelOf(PROVISION_TYPE_LABELS, ProvisionType.CONTINUOUS, Locale.CA), 'Recurs de prestació continuada');
    assert.equal(labelOf(RESOURCE_DOCUMENT_KIND_LABELS, ResourceDocumentKind.CONDITIONS_OF_ACCESS, Locale.CA), "Condicions d'accés i ús");
  });

  it('serves Occitan in Catalan, and keeps lists in order and absent values absent', () => {
    assert.equal(labelOf(GRANT_PROCEDURE_LABELS, GrantProcedure.DIRECT, Locale.OC), 'Concessió directa');
    assert.deepEqual(labelsOf(LOCAL_ENTITY_TYPE_LABELS, [LocalEntityType.EMD, LocalEntityType.AJUNTAMENT], Locale.ES),
      ['Entidades municipales descentralizadas', 'Ayuntamientos']);
    assert.equal(optionalLabelOf(SILENCE_EFFECT_LABELS, null, Locale.EN), null);
  });
});

describe('names of the Sustainable Development Goals', () => {
  it('has the 17 goals with distinct official names in CA, ES and EN', () => {
    assert.deepEqual(Object.keys(SDG_NAMES).map(Number), Array.from({ length: 17 }, (_, i) => i + 1));
    for (const locale of [Locale.CA, Locale.ES, Locale.EN]) {
      const names = Object.values(SDG_NAMES).map((n) => n[locale]);
      assert.ok(names.every((n) => typeof n === 'string' && n.length > 0));
      assert.equal(new Set(names).size, 17);
    }
    assert.equal(sdgName(16, Locale.CA), 'Pau, justícia i institucions sòlides');
    assert.equal(sdgName(13, Locale.ES), 'Acción por el clima');
    assert.equal(sdgName(9, Locale.OC), 'Indústria, innovació i infraestructura');
    assert.throws(() => sdgName(18, Locale.CA), RangeError);
  });
});

describe('taxonomy names', () => {
  it('serves the translation of the locale, else the Catalan name', () => {
    const area = { name: 'Àrea de Cultura', nameTranslations: { ES: 'Área de Cultura', EN: ' ' } };
    assert.equal(taxonomyLabel(area, Locale.ES), 'Área de Cultura');
    assert.equal(taxonomyLabel(area, Locale.CA), 'Àrea de Cultura');
    assert.equal(taxonomyLabel(area, Locale.OC), 'Àrea de Cultura');
    assert.equal(taxonomyLabel(area, Locale.EN), 'Àrea de Cultura', 'a blank translation is no translation');
    assert.equal(taxonomyLabel({ name: 'Àrea de Cultura' }, Locale.ES), 'Àrea de Cultura', 'snapshots published before translations existed');
    assert.equal(taxonomyLabel({ name: 'Àrea de Cultura', nameTranslations: null }, Locale.ES), 'Àrea de Cultura');
  });
});
