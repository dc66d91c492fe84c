import enumLabels from './enum-labels.json';

/**
 * What the fitxa form edits, field by field, in the shape of ResourceContentInput (the API's
 * Resource.content loads it, updateResource takes it back). The form is drawn from this table, so
 * every field of the input has a control and each control's id is its path in the input — the
 * path a user error's `field` names.
 */
export type EnumName = keyof typeof enumLabels;

export type Spec =
  | { type: 'text'; name: string; long?: boolean; required?: boolean }
  | { type: 'int'; name: string; required?: boolean }
  | { type: 'bool'; name: string }
  | { type: 'date'; name: string; required?: boolean }
  | { type: 'enum'; name: string; enum: EnumName; required?: boolean }
  | { type: 'enumSet'; name: string; enum: EnumName }
  | { type: 'sdgs'; name: string }
  | { type: 'taxonomy'; name: string; source: 'areas' | 'programmes' | 'catalogues' | 'units' }
  /** LocalizedTextInput[]: one control per language, side by side. */
  | { type: 'localized'; name: string; long?: boolean; required?: boolean }
  /** An optional object (null when absent). */
  | { type: 'object'; name: string; fields: Spec[]; empty: () => Record<string, unknown> }
  | { type: 'list'; name: string; fields: Spec[]; empty: () => Record<string, unknown> }
  /** A document's file: uploaded with POST /files, then named by its id. */
  | { type: 'file'; name: string };

/** The content's languages, Catalan first (the one publishing requires). */
export const CONTENT_LOCALES = ['CA', 'ES', 'EN', 'OC'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

/** The texts of ResourceTranslationInput, edited in a grid of the four languages. */
export const TRANSLATION_FIELDS = [
  { name: 'title', long: false },
  { name: 'summary', long: true },
  { name: 'description', long: true },
  { name: 'applicationConditions', long: true },
  { name: 'executionConditions', long: true },
  { name: 'afterApplication', long: true },
  { name: 'revocationConditions', long: true },
  { name: 'resolutionTermNote', long: true },
] as const;

/** The form's sections, in order: each a heading and its fields. */
export const SECTIONS: { name: string; fields: Spec[] }[] = [
  {
    name: 'general',
    fields: [
      { type: 'enum', name: 'kind', enum: 'ResourceKind', required: true },
      { type: 'enum', name: 'provisionType', enum: 'ProvisionType' },
      { type: 'localized', name: 'modality' },
      { type: 'enumSet', name: 'audience', enum: 'LocalEntityType' },
      { type: 'sdgs', name: 'sdgs' },
    ],
  },
  {
    name: 'classification',
    fields: [
      { type: 'taxonomy', name: 'catalogueCode', source: 'catalogues' },
      { type: 'taxonomy', name: 'areaCode', source: 'areas' },
      { type: 'taxonomy', name: 'programmeCode', source: 'programmes' },
      { type: 'taxonomy', name: 'unitCode', source: 'units' },
    ],
  },
  {
    name: 'procedure',
    fields: [
      { type: 'enum', name: 'grantProcedure', enum: 'GrantProcedure' },
      { type: 'object', name: 'resolutionTerm', empty: () => ({ amount: 3, unit: 'MONTHS' }), fields: [
        { type: 'int', name: 'amount', required: true },
        { type: 'enum', name: 'unit', enum: 'TermUnit', required: true },
      ] },
      { type: 'enum', name: 'silenceEffect', enum: 'SilenceEffect' },
      { type: 'int', name: 'maxApplicationsPerEntity' },
      { type: 'object', name: 'channel', empty: () => ({ kind: 'ELECTRONIC_OFFICE', name: [], url: null }), fields: [
        { type: 'enum', name: 'kind', enum: 'ChannelKind', required: true },
        { type: 'localized', name: 'name' },
        { type: 'text', name: 'url' },
      ] },
    ],
  },
  {
    name: 'applicationWindows',
    fields: [{ type: 'list', name: 'applicationWindows', empty: () => ({ label: null, opensOn: '', closesOn: '' }), fields: [
      { type: 'text', name: 'label' },
      { type: 'date', name: 'opensOn', required: true },
      { type: 'date', name: 'closesOn', required: true },
    ] }],
  },
  {
    name: 'requirements',
    fields: [{ type: 'list', name: 'requirements', empty: () => ({ code: null, text: [], verification: 'DECLARATION', documentCode: null }), fields: [
      { type: 'text', name: 'code' },
      { type: 'localized', name: 'text', long: true, required: true },
      { type: 'enum', name: 'verification', enum: 'RequirementVerification', required: true },
      { type: 'text', name: 'documentCode' },
    ] }],
  },
  {
    name: 'documents',
    fields: [{ type: 'list', name: 'documents', empty: () => ({
      code: '', kind: 'CONDITIONS_OF_ACCESS', fileId: null, title: [], version: null, url: null, mediaType: null, sha256: null,
      mustAccept: false, mustAttach: false, signedCopyOnAcceptance: false,
    }), fields: [
      { type: 'text', name: 'code', required: true },
      { type: 'enum', name: 'kind', enum: 'ResourceDocumentKind', required: true },
      { type: 'localized', name: 'title', required: true },
      { type: 'file', name: 'fileId' },
      { type: 'text', name: 'url' },
      { type: 'text', name: 'mediaType' },
      { type: 'text', name: 'sha256' },
      { type: 'text', name: 'version' },
      { type: 'bool', name: 'mustAccept' },
      { type: 'bool', name: 'mustAttach' },
      { type: 'bool', name: 'signedCopyOnAcceptance' },
    ] }],
  },
  {
    name: 'serviceOptions',
    fields: [{ type: 'list', name: 'serviceOptions', empty: () => ({ code: '', name: [], recommended: false }), fields: [
      { type: 'text', name: 'code', required: true },
      { type: 'localized', name: 'name', required: true },
      { type: 'bool', name: 'recommended' },
    ] }],
  },
  {
    name: 'procedureSteps',
    fields: [{ type: 'list', name: 'procedureSteps', empty: () => ({ kind: 'IDENTIFY', title: [] }), fields: [
      { type: 'enum', name: 'kind', enum: 'ProcedureStepKind', required: true },
      { type: 'localized', name: 'title', required: true },
    ] }],
  },
  {
    name: 'interlocutorRoles',
    fields: [{ type: 'list', name: 'interlocutorRoles', empty: () => ({ code: '', name: [], required: false }), fields: [
      { type: 'text', name: 'code', required: true },
      { type: 'localized', name: 'name', required: true },
      { type: 'bool', name: 'required' },
    ] }],
  },
  {
    name: 'qualityCommitments',
    fields: [{ type: 'list', name: 'qualityCommitments', empty: () => ({
      indicator: 'SURVEY_RATING_AT_LEAST', text: [], threshold: 5, thresholdUnit: null, targetPercent: 100,
      hardLimitAmount: null, hardLimitUnit: null, breachAction: [],
    }), fields: [
      { type: 'enum', name: 'indicator', enum: 'QualityIndicator', required: true },
      { type: 'localized', name: 'text', long: true, required: true },
      { type: 'int', name: 'threshold', required: true },
      { type: 'enum', name: 'thresholdUnit', enum: 'TermUnit' },
      { type: 'int', name: 'targetPercent', required: true },
      { type: 'int', name: 'hardLimitAmount' },
      { type: 'enum', name: 'hardLimitUnit', enum: 'TermUnit' },
      { type: 'localized', name: 'breachAction', long: true },
    ] }],
  },
  {
    name: 'survey',
    fields: [{ type: 'list', name: 'survey', empty: () => ({ code: '', kind: 'RATING', text: [], required: false, fitToNeeds: false }), fields: [
      { type: 'text', name: 'code', required: true },
      { type: 'enum', name: 'kind', enum: 'SurveyQuestionKind', required: true },
      { type: 'localized', name: 'text', long: true, required: true },
      { type: 'bool', name: 'required' },
      { type: 'bool', name: 'fitToNeeds' },
    ] }],
  },
  {
    name: 'legalReferences',
    fields: [{ type: 'list', name: 'legalReferences', empty: () => ({ title: [], url: null, eli: null }), fields: [
      { type: 'localized', name: 'title', required: true },
      { type: 'text', name: 'url' },
      { type: 'text', name: 'eli' },
    ] }],
  },
];

/** The label of an enum value in the interface's language (the API's own label tables; see enum-labels.json). */
export function enumLabel(name: EnumName, value: string, language: string): string {
  const labels = (enumLabels[name] as Record<string, { ca: string; es: string; en: string }>)[value];
  if (!labels) return value;
  return labels[language as 'ca' | 'es' | 'en'] ?? labels.ca;
}

export const enumValues = (name: EnumName): string[] => Object.keys(enumLabels[name]);
