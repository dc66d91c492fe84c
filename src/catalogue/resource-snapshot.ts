import { Locale, LocalizedText } from '../i18n/locale';
import { LocalEntityType } from '../tenancy/local-entity-type';
import {
  ChannelKind, GrantProcedure, ProcedureStepKind, ProvisionType, QualityIndicator, RequirementVerification,
  ResourceDocumentKind, ResourceKind, ResourceStatus, SilenceEffect, SurveyQuestionKind, TermUnit,
} from './resource-enums';

/**
 * The whole fitxa as one JSON document, in every language it has. Publishing compiles the
 * draft into this shape and stores it; public reads serve it without touching the relational
 * rows, so a page of resources costs the same number of queries whatever it selects.
 * Editors' previews compile the draft on the fly into the same shape.
 */
export interface ResourceSnapshot {
  id: string;
  code: string;
  version: number;
  status: ResourceStatus;
  kind: ResourceKind;
  modality: LocalizedText | null;
  provisionType: ProvisionType | null;
  audience: LocalEntityType[];
  sdgs: number[];
  provider: { id: string; slug: string; name: string; nif: string; website: string; provinceCode: string };
  /*
   * Taxonomy items carry their Catalan `name` and, since translations of taxonomy names exist,
   * `nameTranslations` (ES, EN, OC); snapshots published before lack it and serve Catalan.
   */
  catalogue: { id: string; code: string; name: string; nameTranslations?: LocalizedText | null; startDate: string | null; endDate: string | null } | null;
  area: { id: string; code: string; name: string; nameTranslations?: LocalizedText | null } | null;
  programme: { id: string; code: string; name: string; nameTranslations?: LocalizedText | null } | null;
  providerUnit: {
    id: string; code: string; name: string; nameTranslations?: LocalizedText | null; acronym: string | null; phone: string | null;
    email: string | null; contactFormUrl: string | null; website: string | null;
  } | null;
  channel: { kind: ChannelKind; name: LocalizedText | null; url: string | null } | null;
  grantProcedure: GrantProcedure | null;
  resolutionTerm: { amount: number; unit: TermUnit } | null;
  silenceEffect: SilenceEffect | null;
  maxApplicationsPerEntity: number | null;
  translations: Partial<Record<Locale, ResourceTranslationSnapshot>>;
  requirements: { id: string; position: number; code: string; text: LocalizedText; verification: RequirementVerification; documentCode: string | null }[];
  documents: {
    /** The id of the document version (resource_document_version), which acceptances name. */
    id: string; position: number; code: string; kind: ResourceDocumentKind; title: LocalizedText; version: string;
    versionNumber: number;
    /** The stored upload (raw id) behind the version, or null for a document published elsewhere. */
    fileId: string | null;
    sha256: string; url: string; mediaType: string; mustAccept: boolean; mustAttach: boolean; signedCopyOnAcceptance: boolean;
  }[];
  serviceOptions: { id: string; position: number; code: string; name: LocalizedText; recommended: boolean }[];
  applicationWindows: { id: string; label: string | null; opensOn: string; closesOn: string }[];
  qualityCommitments: {
    id: string; position: number; indicator: QualityIndicator; text: LocalizedText; threshold: number;
    thresholdUnit: TermUnit | null; targetPercent: number; hardLimitAmount: number | null; hardLimitUnit: TermUnit | null;
    breachAction: LocalizedText | null;
  }[];
  /** The survey; snapshots published before surveys existed lack it, and read as none (`surveyOf`). */
  survey?: SurveyQuestionSnapshot[];
  legalReferences: { id: string; position: number; title: LocalizedText; url: string | null; eli: string | null }[];
  procedureSteps: { id: string; position: number; kind: ProcedureStepKind; title: LocalizedText }[];
  interlocutorRoles: { id: string; position: number; code: string; name: LocalizedText; required: boolean }[];
  firstPublishedAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
}

export interface SurveyQuestionSnapshot {
  id: string; position: number; code: string; text: LocalizedText; kind: SurveyQuestionKind; fitToNeeds: boolean; required: boolean;
}

/** A snapshot's survey, also for snapshots published before surveys existed. */
export const surveyOf = (snapshot: Pick<ResourceSnapshot, 'survey'>): SurveyQuestionSnapshot[] => snapshot.survey ?? [];

export interface ResourceTranslationSnapshot {
  title: string;
  summary: string | null;
  description: string | null;
  applicationConditions: string | null;
  executionConditions: string | null;
  revocationConditions: string | null;
  afterApplication: string | null;
  resolutionTermNote: string | null;
}
