import { InputPath, MessageParams } from '../errors/domain-error';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { DEFAULT_LOCALE, Locale, LocalizedText } from '../i18n/locale';
import { LocalEntityType } from '../tenancy/local-entity-type';
import {
  ChannelKind, GrantProcedure, ProcedureStepKind, ProvisionType, QualityIndicator, RequirementVerification,
  ResourceDocumentKind, ResourceKind, SilenceEffect, SurveyQuestionKind, TermUnit,
} from './resource-enums';
import { Bound, BoundedList, LIST_BOUNDS, NUMBER_BOUNDS, TERM_BOUNDS, WINDOW_DAYS, withinBound } from './content-bounds.rules';

/** Plain shapes of the editing input, so that the rules can be checked without GraphQL. */
export interface LocalizedTextData { locale: Locale; text: string }

export interface ResourceTranslationData {
  locale: Locale;
  title: string;
  summary?: string | null;
  description?: string | null;
  applicationConditions?: string | null;
  executionConditions?: string | null;
  revocationConditions?: string | null;
  afterApplication?: string | null;
  resolutionTermNote?: string | null;
}

export interface ResourceContentData {
  kind: ResourceKind;
  modality?: LocalizedTextData[] | null;
  provisionType?: ProvisionType | null;
  audience?: LocalEntityType[] | null;
  sdgs?: number[] | null;
  catalogueCode?: string | null;
  areaCode?: string | null;
  programmeCode?: string | null;
  unitCode?: string | null;
  channel?: { kind: ChannelKind; name?: LocalizedTextData[] | null; url?: string | null } | null;
  grantProcedure?: GrantProcedure | null;
  resolutionTerm?: { amount: number; unit: TermUnit } | null;
  silenceEffect?: SilenceEffect | null;
  maxApplicationsPerEntity?: number | null;
  translations: ResourceTranslationData[];
  requirements?: { code?: string | null; text: LocalizedTextData[]; verification: RequirementVerification; documentCode?: string | null }[] | null;
  documents?: {
    code: string; kind: ResourceDocumentKind; title: LocalizedTextData[]; version?: string | null;
    /** An upload (POST /files); when given, it supplies the SHA-256, media type and download address. */
    fileId?: string | null;
    sha256?: string | null; url?: string | null; mediaType?: string | null;
    mustAccept?: boolean | null; mustAttach?: boolean | null; signedCopyOnAcceptance?: boolean | null;
  }[] | null;
  serviceOptions?: { code: string; name: LocalizedTextData[]; recommended?: boolean | null }[] | null;
  applicationWindows?: { label?: string | null; opensOn: string; closesOn: string }[] | null;
  qualityCommitments?: {
    indicator: QualityIndicator; text: LocalizedTextData[]; threshold: number; thresholdUnit?: TermUnit | null; targetPercent: number;
    hardLimitAmount?: number | null; hardLimitUnit?: TermUnit | null; breachAction?: LocalizedTextData[] | null;
  }[] | null;
  survey?: { code: string; text: LocalizedTextData[]; kind: SurveyQuestionKind; fitToNeeds?: boolean | null; required?: boolean | null }[] | null;
  legalReferences?: { title: LocalizedTextData[]; url?: string | null; eli?: string | null }[] | null;
  procedureSteps?: { kind: ProcedureStepKind; title: LocalizedTextData[] }[] | null;
  interlocutorRoles?: { code: string; name: LocalizedTextData[]; required?: boolean | null }[] | null;
}

/** A requirement without a code is known by its position: requisit-1, requisit-2… */
export const requirementCode = (requirement: { code?: string | null }, index: number): string => requirement.code || `requisit-${index + 1}`;

export const RESOURCE_CODE_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;
const ITEM_CODE_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const SHA256_PATTERN = /^[0-9a-fA-F]{64}$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** Survey question codes are what answers name their question by: lower case, no dots, for URLs and CSV columns alike. */
export const SURVEY_QUESTION_CODE_PATTERN = /^[a-z0-9_-]{1,64}$/;
export const MAX_SURVEY_QUESTION_LENGTH = 1000;
export const MAX_TITLE_LENGTH = 300;
export const MAX_URL_LENGTH = 1000;
/** The channel URL column is narrower than the others. */
export const MAX_CHANNEL_URL_LENGTH = 500;

/** Converts the input's list of texts into the stored map (call only after validation). */
export function toLocalizedText(items: LocalizedTextData[] | null | undefined): LocalizedText | null {
  if (!items || items.length === 0) return null;
  const text: LocalizedText = {};
  for (const item of items) text[item.locale] = item.text;
  return text;
}

/** Checks the codi recurs. */
export function validateResourceCode(code: string, path: InputPath = ['input', 'code']): UserError[] {
  if (!code || code.trim() === '') return [userError(UserErrorCode.REQUIRED, path)];
  if (!RESOURCE_CODE_PATTERN.test(code)) {
    return [userError(UserErrorCode.INVALID_FORMAT, path)];
  }
  return [];
}

const isValidDate = (value: string) => {
  if (!DATE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/**
 * Checks a fitxa's content field by field and returns every problem at once, each with the path
 * of the field at fault under `base` (e.g. ["input", "content", "translations", "ES", "title"]).
 * Taxonomy codes are checked against the database by the caller.
 */
export function validateResourceContent(content: ResourceContentData, base: InputPath = ['input', 'content']): UserError[] {
  const errors: UserError[] = [];
  const at = (...segments: (string | number)[]): InputPath => [...base, ...segments.map(String)];
  const add = (code: UserErrorCode, path: InputPath, params?: MessageParams) => errors.push(userError(code, path, params));

  const maxLength = (value: string | null | undefined, max: number, path: InputPath) => {
    if (value != null && value.length > max) add(UserErrorCode.TOO_LONG, path, { max });
  };
  const requiredText = (value: string | null | undefined, max: number, path: InputPath) => {
    if (value == null || value.trim() === '') add(UserErrorCode.REQUIRED, path);
    else maxLength(value, max, path);
  };
  const url = (value: string | null | undefined, max: number, path: InputPath, required = false) => {
    if (value == null || value === '') {
      if (required) add(UserErrorCode.REQUIRED, path);
      return;
    }
    if (value.length > max) {
      add(UserErrorCode.TOO_LONG, path, { max });
      return;
    }
    let parsed: URL | null = null;
    try { parsed = new URL(value); } catch { parsed = null; }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) add(UserErrorCode.INVALID_URL, path);
  };
  const localized = (items: LocalizedTextData[] | null | undefined, path: InputPath, options: { required: boolean; max: number }) => {
    if (!items || items.length === 0) {
      if (options.required) add(UserErrorCode.REQUIRED, path);
      return;
    }
    const seen = new Set<Locale>();
    for (const item of items) {
      const itemPath: InputPath = [...path, item.locale];
      if (seen.has(item.locale)) {
        add(UserErrorCode.DUPLICATE, itemPath);
        continue;
      }
      seen.add(item.locale);
      requiredText(item.text, options.max, itemPath);
    }
  };
  const uniqueCodes = (items: { code: string }[], path: InputPath) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const codePath: InputPath = [...path, String(index), 'code'];
      if (!item.code || item.code.trim() === '') add(UserErrorCode.REQUIRED, codePath);
      else if (!ITEM_CODE_PATTERN.test(item.code)) add(UserErrorCode.INVALID_FORMAT, codePath);
      else if (seen.has(item.code)) add(UserErrorCode.DUPLICATE, codePath);
      seen.add(item.code);
    });
  };
  // Every number is checked against the one table of bounds (content-bounds.rules.ts).
  const bounded = (value: number | null | undefined, bound: Bound, path: InputPath) => {
    if (value != null && !withinBound(value, bound)) add(UserErrorCode.OUT_OF_RANGE, path, { min: bound.min, max: bound.max });
  };
  const term = (amount: number | null | undefined, unit: TermUnit | null | undefined, path: InputPath) => {
    if (unit != null && TERM_BOUNDS[unit]) bounded(amount, TERM_BOUNDS[unit], path);
  };
  const listSize = (list: BoundedList) => {
    const items = content[list];
    if (items && items.length > LIST_BOUNDS[list]) add(UserErrorCode.TOO_MANY, at(list), { max: LIST_BOUNDS[list] });
  };

  // Translations: Catalan is required, one per locale.
  const translations = content.translations ?? [];
  const locales = new Set<Locale>();
  for (const translation of translations) {
    const path = at('translations', translation.locale);
    if (locales.has(translation.locale)) {
      add(UserErrorCode.DUPLICATE, path);
      continue;
    }
    locales.add(translation.locale);
    requiredText(translation.title, MAX_TITLE_LENGTH, [...path, 'title']);
  }
  if (!locales.has(DEFAULT_LOCALE)) add(UserErrorCode.REQUIRED, at('translations', DEFAULT_LOCALE));

  localized(content.modality, at('modality'), { required: false, max: MAX_TITLE_LENGTH });

  const sdgs = content.sdgs ?? [];
  const seenSdgs = new Set<number>();
  sdgs.forEach((sdg, index) => {
    if (!withinBound(sdg, NUMBER_BOUNDS.sdg)) bounded(sdg, NUMBER_BOUNDS.sdg, at('sdgs', index));
    else if (seenSdgs.has(sdg)) add(UserErrorCode.DUPLICATE, at('sdgs', index));
    seenSdgs.add(sdg);
  });
  const audience = content.audience ?? [];
  audience.forEach((type, index) => {
    if (audience.indexOf(type) !== index) add(UserErrorCode.DUPLICATE, at('audience', index));
  });

  if (content.channel) {
    localized(content.channel.name, at('channel', 'name'), { required: false, max: MAX_TITLE_LENGTH });
    url(content.channel.url, MAX_CHANNEL_URL_LENGTH, at('channel', 'url'));
  }
  if (content.resolutionTerm) term(content.resolutionTerm.amount, content.resolutionTerm.unit, at('resolutionTerm', 'amount'));
  bounded(content.maxApplicationsPerEntity, NUMBER_BOUNDS.maxApplicationsPerEntity, at('maxApplicationsPerEntity'));
  (Object.keys(LIST_BOUNDS) as BoundedList[]).forEach(listSize);

  const documents = content.documents ?? [];
  uniqueCodes(documents, at('documents'));
  documents.forEach((document, index) => {
    localized(document.title, at('documents', index, 'title'), { required: true, max: MAX_TITLE_LENGTH });
    if (document.version != null && document.version !== '') requiredText(document.version, 32, at('documents', index, 'version'));
    // An uploaded file describes itself; a document published elsewhere needs its address, hash and type.
    if (document.fileId) return;
    if (!SHA256_PATTERN.test(document.sha256 ?? '')) add(UserErrorCode.INVALID_FORMAT, at('documents', index, 'sha256'));
    url(document.url ?? undefined, MAX_URL_LENGTH, at('documents', index, 'url'), true);
    requiredText(document.mediaType ?? undefined, 100, at('documents', index, 'mediaType'));
  });
  const documentCodes = new Set(documents.map((d) => d.code));

  const requirements = content.requirements ?? [];
  uniqueCodes(requirements.map((requirement, index) => ({ code: requirementCode(requirement, index) })), at('requirements'));
  requirements.forEach((requirement, index) => {
    localized(requirement.text, at('requirements', index, 'text'), { required: true, max: 4000 });
    if (requirement.documentCode != null && !documentCodes.has(requirement.documentCode)) {
      add(UserErrorCode.UNKNOWN_DOCUMENT, at('requirements', index, 'documentCode'));
    } else if (requirement.documentCode == null && requirement.verification === RequirementVerification.DOCUMENT_ACCEPTANCE) {
      // What the applicant accepts is a document of the fitxa: the requirement must say which.
      add(UserErrorCode.REQUIRED, at('requirements', index, 'documentCode'));
    }
  });

  const serviceOptions = content.serviceOptions ?? [];
  uniqueCodes(serviceOptions, at('serviceOptions'));
  serviceOptions.forEach((option, index) => localized(option.name, at('serviceOptions', index, 'name'), { required: true, max: MAX_TITLE_LENGTH }));

  (content.applicationWindows ?? []).forEach((window, index) => {
    maxLength(window.label, 100, at('applicationWindows', index, 'label'));
    const opens = isValidDate(window.opensOn);
    const closes = isValidDate(window.closesOn);
    if (!opens) add(UserErrorCode.INVALID_DATE, at('applicationWindows', index, 'opensOn'));
    if (!closes) add(UserErrorCode.INVALID_DATE, at('applicationWindows', index, 'closesOn'));
    const outside = (day: string) => day < WINDOW_DAYS.first || day > WINDOW_DAYS.last;
    if (opens && outside(window.opensOn)) add(UserErrorCode.OUT_OF_RANGE, at('applicationWindows', index, 'opensOn'), { min: WINDOW_DAYS.first, max: WINDOW_DAYS.last });
    if (closes && outside(window.closesOn)) add(UserErrorCode.OUT_OF_RANGE, at('applicationWindows', index, 'closesOn'), { min: WINDOW_DAYS.first, max: WINDOW_DAYS.last });
    if (opens && closes && window.opensOn > window.closesOn) {
      add(UserErrorCode.INVALID_RANGE, at('applicationWindows', index, 'closesOn'));
    }
  });

  (content.qualityCommitments ?? []).forEach((commitment, index) => {
    localized(commitment.text, at('qualityCommitments', index, 'text'), { required: true, max: 4000 });
    localized(commitment.breachAction, at('qualityCommitments', index, 'breachAction'), { required: false, max: 4000 });
    // A threshold with a unit is a term; without one, a rating out of 10.
    if (commitment.thresholdUnit != null) term(commitment.threshold, commitment.thresholdUnit, at('qualityCommitments', index, 'threshold'));
    else bounded(commitment.threshold, NUMBER_BOUNDS.rating, at('qualityCommitments', index, 'threshold'));
    bounded(commitment.targetPercent, NUMBER_BOUNDS.targetPercent, at('qualityCommitments', index, 'targetPercent'));
    term(commitment.hardLimitAmount, commitment.hardLimitUnit, at('qualityCommitments', index, 'hardLimitAmount'));
    if ((commitment.hardLimitAmount == null) !== (commitment.hardLimitUnit == null)) {
      add(UserErrorCode.REQUIRED, at('qualityCommitments', index, commitment.hardLimitAmount == null ? 'hardLimitAmount' : 'hardLimitUnit'));
    }
  });

  // The survey: codes are stable keys of answers; one "fit to needs" rating at most, for its commitment to read.
  const survey = content.survey ?? [];
  const seenQuestionCodes = new Set<string>();
  let fitToNeedsSeen = false;
  survey.forEach((question, index) => {
    const codePath = at('survey', index, 'code');
    if (!question.code || question.code.trim() === '') add(UserErrorCode.REQUIRED, codePath);
    else if (!SURVEY_QUESTION_CODE_PATTERN.test(question.code)) add(UserErrorCode.INVALID_FORMAT, codePath);
    else if (seenQuestionCodes.has(question.code)) add(UserErrorCode.DUPLICATE, codePath);
    seenQuestionCodes.add(question.code);
    localized(question.text, at('survey', index, 'text'), { required: true, max: MAX_SURVEY_QUESTION_LENGTH });
    // Every question is shown to the entity in Catalan at least (the fallback of every text).
    if ((question.text ?? []).length > 0 && !question.text.some((t) => t.locale === DEFAULT_LOCALE)) {
      add(UserErrorCode.REQUIRED, at('survey', index, 'text', DEFAULT_LOCALE));
    }
    if (question.fitToNeeds) {
      if (question.kind !== SurveyQuestionKind.RATING) add(UserErrorCode.INVALID_VALUE, at('survey', index, 'fitToNeeds'));
      else if (fitToNeedsSeen) add(UserErrorCode.DUPLICATE, at('survey', index, 'fitToNeeds'));
      else fitToNeedsSeen = true;
    }
  });

  (content.legalReferences ?? []).forEach((reference, index) => {
    localized(reference.title, at('legalReferences', index, 'title'), { required: true, max: 1000 });
    url(reference.url, MAX_URL_LENGTH, at('legalReferences', index, 'url'));
    maxLength(reference.eli, 300, at('legalReferences', index, 'eli'));
  });

  (content.procedureSteps ?? []).forEach((step, index) => localized(step.title, at('procedureSteps', index, 'title'), { required: true, max: MAX_TITLE_LENGTH }));

  const roles = content.interlocutorRoles ?? [];
  uniqueCodes(roles, at('interlocutorRoles'));
  roles.forEach((role, index) => localized(role.name, at('interlocutorRoles', index, 'name'), { required: true, max: MAX_TITLE_LENGTH }));

  return errors;
}
