import { LocalizedText, Locale } from '../../src/i18n/locale';
import {
  ChannelKind, GrantProcedure, ProcedureStepKind, ProvisionType, QualityIndicator, RequirementVerification,
  ResourceDocumentKind, ResourceKind, SilenceEffect, SurveyQuestionKind, TermUnit,
} from '../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../src/tenancy/local-entity-type';

/** Plain data for the seeds; the runner upserts it by natural keys, so seeding is idempotent. */

export interface ProviderSeed {
  slug: string;
  name: string;
  nif: string;
  provinceCode: string;
  seatMunicipalityCode: string;
  website: string;
  electronicOfficeUrl?: string;
  areas: { code: string; name: string }[];
  programmes: { code: string; name: string; area?: string }[];
  catalogues: { code: string; name: string; startDate?: string; endDate?: string }[];
  units: {
    code: string; name: string; acronym?: string; phone?: string; email?: string; contactFormUrl?: string; website?: string;
  }[];
}

export interface LocalEntitySeed {
  /** Stable key, e.g. "comarca:13", "emd:25-valldan" */
  externalKey: string;
  name: string;
  type: LocalEntityType;
  nif?: string;
  /** INE code of the seat municipality (5 digits). */
  ineCode?: string;
  provinceCode: string;
  comarcaCode?: string;
}

export interface ResourceSeed {
  provider: string;
  code: string;
  kind: ResourceKind;
  /** Published on seeding unless false. */
  publish?: boolean;
  modality?: LocalizedText;
  provisionType?: ProvisionType;
  audience: LocalEntityType[];
  sdgs?: number[];
  catalogue?: string;
  area?: string;
  programme?: string;
  unit?: string;
  channel?: { kind: ChannelKind; name?: LocalizedText; url?: string };
  grantProcedure?: GrantProcedure;
  resolutionTerm?: { amount: number; unit: TermUnit };
  silenceEffect?: SilenceEffect;
  maxApplicationsPerEntity?: number;
  /** Catalan is required. */
  translations: Partial<Record<Locale, {
    title: string; summary?: string; description?: string; applicationConditions?: string; executionConditions?: string;
    revocationConditions?: string; afterApplication?: string; resolutionTermNote?: string;
  }>>;
  requirements?: { code?: string; text: LocalizedText; verification: RequirementVerification; documentCode?: string }[];
  documents?: {
    code: string; kind: ResourceDocumentKind; title: LocalizedText; version: string; sha256: string; url: string; mediaType: string;
    mustAccept?: boolean; mustAttach?: boolean; signedCopyOnAcceptance?: boolean;
  }[];
  serviceOptions?: { code: string; name: LocalizedText; recommended?: boolean }[];
  applicationWindows?: { label?: string; opensOn: string; closesOn: string }[];
  qualityCommitments?: {
    indicator: QualityIndicator; text: LocalizedText; threshold: number; thresholdUnit?: TermUnit; targetPercent: number;
    hardLimitAmount?: number; hardLimitUnit?: TermUnit; breachAction?: LocalizedText;
  }[];
  /** The survey the entity answers after a grant; Catalan is required in each question. */
  survey?: { code: string; text: LocalizedText; kind: SurveyQuestionKind; fitToNeeds?: boolean; required?: boolean }[];
  legalReferences?: { title: LocalizedText; url?: string; eli?: string }[];
  procedureSteps?: { kind: ProcedureStepKind; title: LocalizedText }[];
  interlocutorRoles?: { code: string; name: LocalizedText; required?: boolean }[];
}
