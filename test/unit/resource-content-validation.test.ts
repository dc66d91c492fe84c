import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Locale } from '../../src/i18n/locale';
import { ResourceContentData, validateResourceCode, validateResourceContent } from '../../src/catalogue/resource-content.validation';
import {
  ProcedureStepKind, QualityIndicator, RequirementVerification, ResourceDocumentKind, ResourceKind, TermUnit,
} from '../../src/catalogue/resource-enums';

const SHA = 'a'.repeat(64);
const valid = (): ResourceContentData => ({
  kind: ResourceKind.TECHNICAL,
  sdgs: [9, 16],
  translations: [{ locale: Locale.CA, title: 'Suport tècnic' }, { locale: Locale.ES, title: 'Apoyo técnico' }],
  documents: [{ code: 'conditions', kind: ResourceDocumentKind.CONDITIONS_OF_ACCESS, title: [{ locale: Locale.CA, text: 'Condicions' }], version: '1', sha256: SHA, url: 'https://example.org/c.pdf', mediaType: 'application/pdf' }],
  requirements: [{ text: [{ locale: Locale.CA, text: 'Acceptar' }], verification: RequirementVerification.DOCUMENT_ACCEPTANCE, documentCode: 'conditions' }],
  serviceOptions: [{ code: 'a', name: [{ locale: Locale.CA, text: 'A' }] }],
  applicationWindows: [{ opensOn: '2026-01-01', closesOn: '2026-12-31' }],
  qualityCommitments: [{ indicator: QualityIndicator.DECISION_WITHIN_TERM, text: [{ locale: Locale.CA, text: 'Resoldre' }], threshold: 2, thresholdUnit: TermUnit.MONTHS, targetPercent: 90 }],
  legalReferences: [{ title: [{ locale: Locale.CA, text: 'Llei 39/2015' }], url: 'https://www.boe.es/eli/es/l/2015/10/01/39' }],
  procedureSteps: [{ kind: ProcedureStepKind.IDENTIFY, title: [{ locale: Locale.CA, text: 'Identificar-se' }] }],
  interlocutorRoles: [{ code: 'tech', name: [{ locale: Locale.CA, text: 'Tècnic' }] }],
  resolutionTerm: { amount: 3, unit: TermUnit.MONTHS },
});
const summary = (content: ResourceContentData) => validateResourceContent(content).map((e) => [e.code, e.field]);

describe('resource content validation', () => {
  it('accepts a complete fitxa', () => {
    assert.deepEqual(validateResourceContent(valid()), []);
  });

  it('requires a Catalan translation with a title', () => {
    assert.deepEqual(summary({ ...valid(), translations: [{ locale: Locale.ES, title: 'Hola' }] }), [['REQUIRED', ['input', 'content', 'translations', 'CA']]]);
    assert.deepEqual(summary({ ...valid(), translations: [{ locale: Locale.CA, title: ' ' }] }), [['REQUIRED', ['input', 'content', 'translations', 'CA', 'title']]]);
  });

  it('reports every problem at once, with the path of each field', () => {
    const content = valid();
    content.translations.push({ locale: Locale.ES, title: 'otra' }, { locale: Locale.EN, title: 'x'.repeat(301) });
    content.sdgs = [0, 18, 9];
    content.documents![0].sha256 = 'xyz';
    content.documents![0].url = 'ftp://example.org/c.pdf';
    content.documents!.push({ ...content.documents![0], sha256: SHA, url: 'https://e.org' });
    content.requirements!.push({ text: [{ locale: Locale.CA, text: 'ok' }, { locale: Locale.CA, text: 'dup' }], verification: RequirementVerification.DECLARATION, documentCode: 'missing' });
    content.requirements!.push({ text: [{ locale: Locale.CA, text: '' }], verification: RequirementVerification.DECLARATION });
    content.serviceOptions!.push({ code: 'a', name: [{ locale: Locale.CA, text: 'B' }] });
    content.applicationWindows = [{ opensOn: '2026-12-31', closesOn: '2026-01-01' }, { opensOn: '2026-02-30', closesOn: '2026-03-01' }];
    content.qualityCommitments![0].targetPercent = 101;
    content.resolutionTerm = { amount: 0, unit: TermUnit.MONTHS };
    content.channel = { kind: 'EMAIL' as any, url: `https://e.org/${'x'.repeat(600)}` };
    assert.deepEqual(summary(content), [
      ['DUPLICATE', ['input', 'content', 'translations', 'ES']],
      ['TOO_LONG', ['input', 'content', 'translations', 'EN', 'title']],
      ['OUT_OF_RANGE', ['input', 'content', 'sdgs', '0']],
      ['OUT_OF_RANGE', ['input', 'content', 'sdgs', '1']],
      ['TOO_LONG', ['input', 'content', 'channel', 'url']],
      ['OUT_OF_RANGE', ['input', 'content', 'resolutionTerm', 'amount']],
      ['DUPLICATE', ['input', 'content', 'documents', '1', 'code']],
      ['INVALID_FORMAT', ['input', 'content', 'documents', '0', 'sha256']],
      ['INVALID_URL', ['input', 'content', 'documents', '0', 'url']],
      ['DUPLICATE', ['input', 'content', 'requirements', '1', 'text', 'CA']],
      ['UNKNOWN_DOCUMENT', ['input', 'content', 'requirements', '1', 'documentCode']],
      ['REQUIRED', ['input', 'content', 'requirements', '2', 'text', 'CA']],
      ['DUPLICATE', ['input', 'content', 'serviceOptions', '1', 'code']],
      ['INVALID_RANGE', ['input', 'content', 'applicationWindows', '0', 'closesOn']],
      ['INVALID_DATE', ['input', 'content', 'applicationWindows', '1', 'opensOn']],
      ['OUT_OF_RANGE', ['input', 'content', 'qualityCommitments', '0', 'targetPercent']],
    ]);
  });

  it('refuses terms in hours longer than 24 hours (art. 30.1), which submissions could not compute', () => {
    const content = valid();
    content.resolutionTerm = { amount: 25, unit: TermUnit.HOURS };
    assert.deepEqual(summary(content), [['OUT_OF_RANGE', ['input', 'content', 'resolutionTerm', 'amount']]]);
    content.resolutionTerm = { amount: 24, unit: TermUnit.HOURS };
    assert.deepEqual(summary(content), []);
  });

  it('checks the codi recurs', () => {
    assert.deepEqual(validateResourceCode('111219'), []);
    assert.deepEqual(validateResourceCode('A.b_c-1'), []);
    assert.equal(validateResourceCode('')[0].code, 'REQUIRED');
    assert.deepEqual(validateResourceCode('x'.repeat(33)).map((e) => [e.code, e.field]), [['INVALID_FORMAT', ['input', 'code']]]);
    assert.equal(validateResourceCode('amb espai')[0].code, 'INVALID_FORMAT');
  });
});
