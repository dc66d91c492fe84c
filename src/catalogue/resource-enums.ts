/** Tipus de recurs. */
export enum ResourceKind {
  TECHNICAL = 'TECHNICAL',
  MATERIAL = 'MATERIAL',
  ECONOMIC = 'ECONOMIC',
}

/** Where a fitxa is in its editorial life. */
export enum ResourceStatus {
  /** Never published; only editors see it. */
  DRAFT = 'DRAFT',
  /** A published version is served to the public. */
  PUBLISHED = 'PUBLISHED',
  /** Withdrawn from the public catalogue; may be published again. */
  UNPUBLISHED = 'UNPUBLISHED',
  /** Kept for the record; no longer offered. */
  ARCHIVED = 'ARCHIVED',
}

export enum TermUnit {
  MONTHS = 'MONTHS',
  BUSINESS_DAYS = 'BUSINESS_DAYS',
  CALENDAR_DAYS = 'CALENDAR_DAYS',
  /** Hours of business days, counted from the minute of the act; at most 24 (Llei 39/2015 art. 30.1). */
  HOURS = 'HOURS',
}

/** What happens when the provider does not resolve in time (Llei 39/2015 art. 24–25). */
export enum SilenceEffect {
  POSITIVE = 'POSITIVE',
  NEGATIVE = 'NEGATIVE',
}

/** How a resource is delivered over time ("recurs de prestació continuada"). */
export enum ProvisionType {
  CONTINUOUS = 'CONTINUOUS',
  ONE_OFF = 'ONE_OFF',
}

/** How a requirement (requisit de concessió) is checked. */
export enum RequirementVerification {
  /** The entity's type must be in the audience and its territory the provider's. */
  ELIGIBILITY = 'ELIGIBILITY',
  /** The applicant declares it in the application. */
  DECLARATION = 'DECLARATION',
  /** The applicant accepts a condition document (the version shown). */
  DOCUMENT_ACCEPTANCE = 'DOCUMENT_ACCEPTANCE',
  /** A fact that the provider's staff record (a meeting held, a service already in use). */
  STAFF_RECORD = 'STAFF_RECORD',
  /** The applicant identifies with a qualified digital certificate. */
  DIGITAL_CERTIFICATE = 'DIGITAL_CERTIFICATE',
  /** The entity's governing body adopted an agreement, whose date the applicant gives. */
  ENTITY_AGREEMENT = 'ENTITY_AGREEMENT',
}

export enum ResourceDocumentKind {
  /** Condicions d'accés i ús. */
  CONDITIONS_OF_ACCESS = 'CONDITIONS_OF_ACCESS',
  /** Conveni d'encàrrec de gestió. */
  MANAGEMENT_AGREEMENT = 'MANAGEMENT_AGREEMENT',
  /** Contracte d'encarregat de tractament. */
  DATA_PROCESSING_CONTRACT = 'DATA_PROCESSING_CONTRACT',
  /** A form the applicant fills in and attaches (e.g. designation of interlocutors). */
  FORM = 'FORM',
  /** Rules governing the catalogue (règim regulador), guides and others. */
  OTHER = 'OTHER',
}

/** The quality indicators a commitment measures; their values are computed from data. */
export enum QualityIndicator {
  /** Share of survey ratings, on any question, at or above the threshold (out of 10). */
  SURVEY_RATING_AT_LEAST = 'SURVEY_RATING_AT_LEAST',
  /** Share of "fit to needs" ratings at or above the threshold (out of 10). */
  FIT_TO_NEEDS_RATING_AT_LEAST = 'FIT_TO_NEEDS_RATING_AT_LEAST',
  /** Share of decisions communicated within the threshold term, never beyond the hard limit. */
  DECISION_WITHIN_TERM = 'DECISION_WITHIN_TERM',
  /** Causes and measures communicated within the threshold term after a breach of the hard limit. */
  BREACH_COMMUNICATED_WITHIN_TERM = 'BREACH_COMMUNICATED_WITHIN_TERM',
}

/** What a question of a fitxa's survey (enquesta de satisfacció) asks for. */
export enum SurveyQuestionKind {
  /** A whole number from 0 to 10. */
  RATING = 'RATING',
  /** Free text. */
  FREE_TEXT = 'FREE_TEXT',
}

/** The steps of the electronic procedure, in the order the resource asks for them. */
export enum ProcedureStepKind {
  IDENTIFY = 'IDENTIFY',
  SELECT_ENTITY = 'SELECT_ENTITY',
  APPLICANT_DETAILS = 'APPLICANT_DETAILS',
  SELECT_SERVICES = 'SELECT_SERVICES',
  AGREEMENT_DATE = 'AGREEMENT_DATE',
  ACCEPT_CONDITIONS = 'ACCEPT_CONDITIONS',
  DESIGNATE_INTERLOCUTORS = 'DESIGNATE_INTERLOCUTORS',
  ATTACH_FILES = 'ATTACH_FILES',
  DECLARATIONS = 'DECLARATIONS',
  SIGN = 'SIGN',
}

/** Channels through which a resource is requested. */
export enum ChannelKind {
  /** Portal de tramitació (PMT) of the Diputació de Barcelona, or a provider's equivalent. */
  PROCESSING_PORTAL = 'PROCESSING_PORTAL',
  ELECTRONIC_OFFICE = 'ELECTRONIC_OFFICE',
  EMAIL = 'EMAIL',
  IN_PERSON = 'IN_PERSON',
}

/** How the provider grants the resource (procediment de concessió). */
export enum GrantProcedure {
  /** Concessió directa amb concurrència. */
  DIRECT_WITH_CONCURRENCE = 'DIRECT_WITH_CONCURRENCE',
  /** Concurrència competitiva. */
  COMPETITIVE = 'COMPETITIVE',
  /** Concessió directa. */
  DIRECT = 'DIRECT',
  /** Encàrrec de gestió: the entity entrusts the provider with managing a service. */
  MANAGEMENT_ENTRUSTMENT = 'MANAGEMENT_ENTRUSTMENT',
}
