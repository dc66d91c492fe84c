import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { missingSteps, DraftState } from '../../src/applications/application-steps';
import { DeadlineState, deadlineState } from '../../src/applications/deadline-state';
import { eligibilityErrors, EligibilityFacts } from '../../src/applications/eligibility';
import { ProcedureStepKind, RequirementVerification } from '../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../src/tenancy/local-entity-type';
import { userErrorMessage } from '../../src/errors/user-error-messages';
import { Locale } from '../../src/i18n/locale';

const requirement = (code: string, verification: RequirementVerification, documentCode: string | null = null) =>
  ({ id: code, position: 1, code, text: { CA: `Requisit ${code}` }, verification, documentCode });

const facts = (overrides: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  resource: {
    audience: [LocalEntityType.AJUNTAMENT], applicationWindows: [{ id: 'w', label: null, opensOn: '2026-01-01', closesOn: '2026-12-31' }],
    maxApplicationsPerEntity: 1, requirements: [requirement('meeting', RequirementVerification.STAFF_RECORD), requirement('cert', RequirementVerification.DIGITAL_CERTIFICATE)],
    provider: { id: 'p1', slug: 'diba', name: 'Diputació de Barcelona', nif: 'P0800000B', website: '', provinceCode: '08' },
  },
  entity: { type: LocalEntityType.AJUNTAMENT, providerId: 'p1' },
  resourceProviderId: 'p1',
  today: '2026-11-23',
  submittedApplications: 0,
  staffRecords: new Set(['meeting']),
  assurance: 'HIGH',
  ...overrides,
});
const codes = (f: EligibilityFacts) => eligibilityErrors(f).map((e) => e.code);

describe('eligibility', () => {
  it('accepts an eligible entity', () => assert.deepEqual(codes(facts()), []));
  it('gives each failure its own code', () => {
    assert.deepEqual(codes(facts({ entity: { type: LocalEntityType.EMD, providerId: 'p1' } })), ['ENTITY_NOT_IN_AUDIENCE']);
    assert.deepEqual(codes(facts({ entity: { type: LocalEntityType.AJUNTAMENT, providerId: 'p2' } })), ['OUTSIDE_TERRITORY']);
    assert.deepEqual(codes(facts({ today: '2027-01-01' })), ['APPLICATION_WINDOW_CLOSED']);
    assert.deepEqual(codes(facts({ submittedApplications: 1 })), ['APPLICATION_LIMIT_REACHED']);
    assert.deepEqual(codes(facts({ staffRecords: new Set() })), ['REQUIREMENT_NOT_MET']);
    assert.deepEqual(codes(facts({ assurance: 'LOW' })), ['REQUIREMENT_NOT_MET']);
  });
  it('names the requirement that is not met', () => {
    const [error] = eligibilityErrors(facts({ staffRecords: new Set() }));
    assert.deepEqual(error.field, ['input', 'localEntityId']);
    assert.deepEqual(error.params, { requirement: 'meeting' });
    assert.match(userErrorMessage(error.code, Locale.ES, error.params), /^No se cumple un requisito: meeting\.$/);
  });
  it('reports every failure at once', () => {
    assert.deepEqual(codes(facts({ today: '2025-06-01', submittedApplications: 3, staffRecords: new Set() })),
      ['APPLICATION_WINDOW_CLOSED', 'APPLICATION_LIMIT_REACHED', 'REQUIREMENT_NOT_MET']);
  });
  it('has no limit when the resource sets none', () => assert.deepEqual(codes(facts({
    resource: { ...facts().resource, maxApplicationsPerEntity: null }, submittedApplications: 40,
  })), []));
});

describe('missing steps', () => {
  const resource = {
    serviceOptions: [{ id: 's1', position: 1, code: 'comptabilitat', name: { CA: 'C' }, recommended: true }],
    requirements: [requirement('agreement', RequirementVerification.ENTITY_AGREEMENT), requirement('accept', RequirementVerification.DOCUMENT_ACCEPTANCE, 'contract'),
      requirement('declare', RequirementVerification.DECLARATION)],
    documents: [
      { id: 'v1', position: 1, code: 'contract', kind: 'MANAGEMENT_AGREEMENT', title: { CA: 'Conveni' }, version: '1', versionNumber: 1, fileId: null, sha256: 'a'.repeat(64), url: 'https://x', mediaType: 'application/pdf', mustAccept: false, mustAttach: false, signedCopyOnAcceptance: true },
      { id: 'v2', position: 2, code: 'form', kind: 'FORM', title: { CA: 'Formulari' }, version: '1', versionNumber: 1, fileId: null, sha256: 'b'.repeat(64), url: 'https://x', mediaType: 'application/pdf', mustAccept: false, mustAttach: true, signedCopyOnAcceptance: false },
    ],
    interlocutorRoles: [{ id: 'r', position: 1, code: 'technical', name: { CA: 'Tècnic' }, required: true }, { id: 'r2', position: 2, code: 'other', name: { CA: 'Altre' }, required: false }],
    procedureSteps: [],
  } as unknown as Parameters<typeof missingSteps>[0];
  const empty: DraftState = {
    selectedServices: [], interlocutors: [], declaredRequirements: [], acceptedDocuments: new Map(), attachedDocuments: new Set(),
  };

  it('lists every step the resource asks for, in procedure order, with what is missing', () => {
    assert.deepEqual(missingSteps(resource, empty), [
      { step: ProcedureStepKind.APPLICANT_DETAILS, items: ['name', 'nif', 'position', 'email'] },
      { step: ProcedureStepKind.SELECT_SERVICES, items: ['services'] },
      { step: ProcedureStepKind.AGREEMENT_DATE, items: ['agreementDate'] },
      { step: ProcedureStepKind.ACCEPT_CONDITIONS, items: ['contract'] },
      { step: ProcedureStepKind.DESIGNATE_INTERLOCUTORS, items: ['technical'] },
      { step: ProcedureStepKind.ATTACH_FILES, items: ['form'] },
      { step: ProcedureStepKind.DECLARATIONS, items: ['declare'] },
    ]);
  });

  it('is empty when everything is given, and an acceptance of a replaced version no longer counts', () => {
    const complete: DraftState = {
      applicantName: 'Maria', applicantNif: '12345678Z', applicantPosition: 'Alcaldessa', applicantEmail: 'a@b.cat',
      selectedServices: ['comptabilitat'], agreementDate: '2026-11-01', interlocutors: [{ roleCode: 'technical' }], declaredRequirements: ['declare'],
      acceptedDocuments: new Map([['contract', 'a'.repeat(64)]]), attachedDocuments: new Set(['form']),
    };
    assert.deepEqual(missingSteps(resource, complete), []);
    assert.deepEqual(missingSteps(resource, { ...complete, acceptedDocuments: new Map([['contract', 'c'.repeat(64)]]) }),
      [{ step: ProcedureStepKind.ACCEPT_CONDITIONS, items: ['contract'] }]);
    assert.deepEqual(missingSteps(resource, { ...complete, selectedServices: ['withdrawn-service'] }),
      [{ step: ProcedureStepKind.SELECT_SERVICES, items: ['withdrawn-service'] }]);
  });
});

describe('deadline state', () => {
  it('is on time with time left, at risk within ten business days, overdue after the due date', () => {
    assert.equal(deadlineState('2027-01-10', '2027-02-23', 30), DeadlineState.ON_TIME);
    assert.equal(deadlineState('2027-02-10', '2027-02-23', 10), DeadlineState.AT_RISK);
    assert.equal(deadlineState('2027-02-23', '2027-02-23', 0), DeadlineState.AT_RISK, 'the due date itself is still in time');
    assert.equal(deadlineState('2027-02-24', '2027-02-23', 0), DeadlineState.OVERDUE);
  });
});
