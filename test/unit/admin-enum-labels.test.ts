import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import * as resourceLabels from '../../src/catalogue/resource-labels';
import { HOLIDAY_SCOPE_LABELS } from '../../src/calendar/holiday-labels';
import { LOCAL_ENTITY_TYPE_LABELS, LabelTable, RESOURCE_KIND_LABELS } from '../../src/i18n/labels';

const FILE = path.resolve(__dirname, '..', '..', '..', 'admin', 'src', 'editor', 'enum-labels.json');

/**
 * The back office's forms list every value of the fitxa's enums and of the holiday scopes (the API
 * labels only the values a fitxa or a holiday has), so it carries a copy of the API's label tables for its three languages. The copy
 * must say what the API says: this fails when a label or a value changes on one side only.
 */
describe('the back office\'s enum labels', () => {
  it('are the API\'s label tables (CA, ES, EN), value for value', () => {
    const tables: Record<string, LabelTable<string>> = {
      ResourceStatus: resourceLabels.RESOURCE_STATUS_LABELS, TermUnit: resourceLabels.TERM_UNIT_LABELS,
      SilenceEffect: resourceLabels.SILENCE_EFFECT_LABELS, ProvisionType: resourceLabels.PROVISION_TYPE_LABELS,
      RequirementVerification: resourceLabels.REQUIREMENT_VERIFICATION_LABELS, ResourceDocumentKind: resourceLabels.RESOURCE_DOCUMENT_KIND_LABELS,
      QualityIndicator: resourceLabels.QUALITY_INDICATOR_LABELS, ProcedureStepKind: resourceLabels.PROCEDURE_STEP_KIND_LABELS,
      ChannelKind: resourceLabels.CHANNEL_KIND_LABELS, GrantProcedure: resourceLabels.GRANT_PROCEDURE_LABELS,
      ResourceRevisionAction: resourceLabels.RESOURCE_REVISION_ACTION_LABELS, SurveyQuestionKind: resourceLabels.SURVEY_QUESTION_KIND_LABELS, ResourceKind: RESOURCE_KIND_LABELS,
      LocalEntityType: LOCAL_ENTITY_TYPE_LABELS, HolidayScope: HOLIDAY_SCOPE_LABELS,
    };
    const expected = Object.fromEntries(Object.entries(tables).map(([name, table]) => [name,
      Object.fromEntries(Object.entries(table).map(([value, label]) => [value, { ca: label.CA, es: label.ES, en: label.EN }]))]));
    assert.deepEqual(JSON.parse(readFileSync(FILE, 'utf8')), expected, 'copy the changed labels into admin/src/editor/enum-labels.json');
  });
});
