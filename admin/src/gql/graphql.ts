/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Filters of a list of applications; all given filters must hold, and any value of a list may match. */
export type ApplicationFilter = {
  /** Deadline states, as `Application.deadlineState` gives them today; only applications awaiting a resolution have one. */
  deadlineState?: Array<DeadlineState> | null | undefined;
  /** Global ID of the applying local entity. */
  localEntity?: string | number | null | undefined;
  /** Provider slugs, e.g. "diba". */
  provider?: Array<string> | null | undefined;
  /** Global ID of the resource applied for. */
  resource?: string | number | null | undefined;
  /** Statuses. */
  status?: Array<ApplicationStatus> | null | undefined;
};

/** Where an application is in its life. */
export type ApplicationStatus =
  /** The provider asked the entity to correct or complete it (Llei 39/2015 art. 68); the maximum term to resolve is suspended meanwhile. */
  | 'CORRECTIONS_REQUESTED'
  /** Resolved against. */
  | 'DENIED'
  /** Deemed withdrawn by a resolution because the corrections were not made in time (art. 68.1). */
  | 'DESISTED'
  /** Being completed by people who act for the entity; nobody else sees it. */
  | 'DRAFT'
  /** Resolved in favour: the entity receives the resource. */
  | 'GRANTED'
  /** Granted, with a revocation procedure open after a diagnosis of deficiencies; it lapses if not resolved within 3 months (art. 25.1.b). */
  | 'REVOCATION_OPEN'
  /** The grant was revoked; the entity may apply again. */
  | 'REVOKED'
  /** Signed and registered; the provider's reviewers see it and must resolve it. */
  | 'SUBMITTED'
  /** Given up by the applicant: a draft discarded (never seen by the provider), or a withdrawal (desistiment, art. 94) the provider accepted. */
  | 'WITHDRAWN';

/** A period in which applications are accepted, both days included. */
export type ApplicationWindowInput = {
  /** Last day of the window, not before opensOn, 2100-12-31 at the latest. */
  closesOn: string;
  /** Label as shown, e.g. "2023". */
  label?: string | null | undefined;
  /** First day of the window, 2000-01-01 or later. */
  opensOn: string;
};

/** The fitxa whose pending schedule to withdraw. */
export type CancelResourcePublicationScheduleInput = {
  /** Global ID of the resource. */
  resourceId: string | number;
};

/** Channels through which a resource is requested. */
export type ChannelKind =
  /** The provider's electronic office (seu electrònica). */
  | 'ELECTRONIC_OFFICE'
  /** By e-mail. */
  | 'EMAIL'
  /** In person, at the provider's offices. */
  | 'IN_PERSON'
  /** A processing portal: the Diputació de Barcelona's Portal de tramitació (PMT), or a provider's equivalent. */
  | 'PROCESSING_PORTAL';

/** Close an open revocation procedure without revoking: the application is granted again. */
export type CloseRevocationInput = {
  /** Global ID of the application. */
  applicationId: string | number;
  /** The body that resolves. */
  competentBody: string;
  /** The reasons of the resolution, e.g. that the entity took the measures. */
  reasons: string;
};

/** The causes of a delay past the fitxa's hard limit and the measures taken, to communicate to the entity. */
export type CommunicateDelayInput = {
  /** Global ID of the delayed application. */
  applicationId: string | number;
  /** Why the application is not decided yet, as the entity will read it (at most 4,000 characters). */
  causes: string;
  /** What the provider has done or will do about it (at most 4,000 characters). */
  measures: string;
};

/** One thing to correct or complete. */
export type CorrectionItemInput = {
  /** Code of the fitxa's document it concerns, if any. */
  documentCode?: string | null | undefined;
  /** Code of the fitxa's requirement it concerns, if any. */
  requirementCode?: string | null | undefined;
  /** What to correct or bring, as the entity will read it. */
  text: string;
};

/** A new draft fitxa. */
export type CreateResourceInput = {
  /** Codi recurs: 1 to 32 letters, digits, ".", "_" or "-", unique within the provider. */
  code: string;
  /** Everything the fitxa says. */
  content: ResourceContentInput;
  /** Slug of the provider, e.g. "diba"; the caller must be one of its editors. */
  provider: string;
};

/** An endpoint to subscribe. */
export type CreateWebhookSubscriptionInput = {
  /** What the endpoint is for. */
  description?: string | null | undefined;
  /** Provider slug: the subscription receives this provider's events only. */
  provider: string;
  /** Topic patterns: "resource.published", "application.*", "notification.*", "*"… */
  topics: Array<string>;
  /** https URL of the endpoint (http and private addresses only where the operator allows them). */
  url: string;
};

/** How a submitted application stands against its resolution due date. */
export type DeadlineState =
  /** The resolution due date is 10 business days away or fewer: reviewers should act now. */
  | 'AT_RISK'
  /** More than 10 business days left before the resolution due date. */
  | 'ON_TIME'
  /** The resolution due date has passed. */
  | 'OVERDUE';

/** A piece of taxonomy to delete, by its code. */
export type DeleteTaxonomyItemInput = {
  /** Its code within the provider. */
  code: string;
  /** Which piece of the taxonomy. */
  kind: TaxonomyItemKind;
  /** Provider slug. */
  provider: string;
};

/** Why a due date changed. */
export type DueDateChangeReason =
  /** Set when the application was registered. */
  | 'SUBMITTED'
  /** Moved by the suspended days of a request for corrections (art. 22.1.a), then to a business day. */
  | 'SUSPENDED_FOR_CORRECTIONS';

/** Which due date of an application. */
export type DueDateKind =
  /** The last day to resolve and notify (the maximum term, Llei 39/2015 art. 21): `Application.resolutionDueDate`. */
  | 'RESOLUTION'
  /** The provider's own target date, where the fitxa commits to one: `Application.targetDueDate`. */
  | 'TARGET';

/** Procediment de concessió. */
export type GrantProcedure =
  /** Competitive award (concurrència competitiva). */
  | 'COMPETITIVE'
  /** Direct grant (concessió directa). */
  | 'DIRECT'
  /** Direct grant with concurrence (concessió directa amb concurrència). */
  | 'DIRECT_WITH_CONCURRENCE'
  /** Management entrustment (encàrrec de gestió): the entity entrusts the provider with managing a service. */
  | 'MANAGEMENT_ENTRUSTMENT';

/** Why the entity is heard (Llei 39/2015 art. 82). */
export type HearingPurpose =
  /** Before a resolution that rests on facts the applicant did not bring. */
  | 'BEFORE_RESOLUTION'
  /** Within a revocation procedure opened on a grant. */
  | 'REVOCATION';

/** One holiday of a year. */
export type HolidayDayInput = {
  /** The day, within the year. */
  date: string;
  /** Name in Catalan, at most 200 characters. */
  name: string;
  /** ARAN holidays only: the holiday of Catalonia, in the same year, that it replaces in Aran. */
  replaces?: string | null | undefined;
  /** LOCAL for a municipality (the default there); NATIONAL, CATALONIA (the default) or ARAN for the general calendar. */
  scope?: HolidayScope | null | undefined;
};

/** Who declares a holiday: Spain, Catalonia or a municipality. */
export type HolidayScope =
  /** A holiday of the Val d'Aran's nine municipalities (Festa d'Aran, 17 June), replacing a holiday of Catalonia there (`replaces`). */
  | 'ARAN'
  /** A holiday of Catalonia, in the Generalitat's yearly order (DOGC). */
  | 'CATALONIA'
  /** A local holiday of one municipality (festa local), fixed by order at its council's proposal. */
  | 'LOCAL'
  /** A holiday throughout Spain (festa estatal). */
  | 'NATIONAL';

/** The official list of local entities' identifiers, for the entities in a provider's territory. */
export type ImportLocalEntityIdentifiersInput = {
  /** The CSV text (UTF-8; comma or semicolon): a header line naming `ine_code` or `entity_code`, `nif` and optionally `dir3_code`, then one line per entity. Checked whole: one bad line refuses the file and nothing is written. */
  csv: string;
  /** Check the file and report what it would change, without writing anything. */
  dryRun?: boolean;
  /** Slug of the diputació whose admins load the list; every entity the file matches must lie in its territory. */
  provider: string;
};

/** The Generalitat's yearly list of local holidays of every municipality, to import. */
export type ImportLocalHolidaysInput = {
  /** CSV text, one holiday a line: year, INE code (5 digits, or 6 with the check digit), date (YYYY-MM-DD or DD/MM/YYYY), name; comma or semicolon separated, an optional header line. The whole file is checked first; any error and nothing is imported. */
  csv: string;
  /** Where the dates come from, stored on each holiday, e.g. the DOGC order of the year's local holidays. */
  source: string;
};

/** A role the applicant designates a person for. */
export type InterlocutorRoleInput = {
  /** Unique within the fitxa. */
  code: string;
  /** Name of the role, per language. */
  name: Array<LocalizedTextInput>;
  /** Defaults to true. */
  required?: boolean | null | undefined;
};

/** A rule of the normativa aplicable. */
export type LegalReferenceInput = {
  /** European Legislation Identifier. */
  eli?: string | null | undefined;
  /** Title, per language. */
  title: Array<LocalizedTextInput>;
  /** http(s) URL of the official text. */
  url?: string | null | undefined;
};

/** Filters for local entities; all given filters must hold. */
export type LocalEntityFilter = {
  /** INE code (5 digits). */
  ineCode?: string | null | undefined;
  /** Tax id (NIF). */
  nif?: string | null | undefined;
  /** In the territory of any of these providers (slugs). */
  provider?: Array<string> | null | undefined;
  /** Words of the name, accent-insensitive. */
  search?: string | null | undefined;
  /** Any of these kinds. */
  type?: Array<LocalEntityType> | null | undefined;
};

/** An official identifier of a local entity that an import may change. */
export type LocalEntityIdentifierField =
  /** The DIR3 code. */
  | 'DIR3_CODE'
  /** The tax id (NIF). */
  | 'NIF';

/** Kinds of local government (ens local). */
export type LocalEntityType =
  /** A municipality (ajuntament). */
  | 'AJUNTAMENT'
  /** Any other local public body. */
  | 'ALTRES'
  /** A county council (consell comarcal). */
  | 'CONSELL_COMARCAL'
  /** A consortium (consorci) of public administrations. */
  | 'CONSORCI'
  /** A provincial council (diputació). */
  | 'DIPUTACIO'
  /** A decentralised municipal entity (entitat municipal descentralitzada). */
  | 'EMD'
  /** An association of municipalities (mancomunitat). */
  | 'MANCOMUNITAT';

/** Languages of the catalogue; Catalan (CA) is the fallback. */
export type Locale =
  /** Catalan (català); served when a text has no translation in the language asked for. */
  | 'CA'
  /** English. */
  | 'EN'
  /** Spanish (castellano). */
  | 'ES'
  /** Occitan (aranès), official in the Val d'Aran. */
  | 'OC';

/** A text in one language. */
export type LocalizedTextInput = {
  /** Language of the text. */
  locale: Locale;
  /** The text in that language. */
  text: string;
};

/** Which act is notified to the applying entity (Llei 39/2015 art. 40–43). */
export type NotificationAct =
  /** A request to correct or complete the application (art. 68). */
  | 'CORRECTIONS_REQUEST'
  /** A communication about the terms of the procedure (art. 21.4). */
  | 'DELAY_COMMUNICATION'
  /** A hearing before a resolution on facts the applicant did not provide (art. 82). */
  | 'HEARING'
  /** The resolution of the application. */
  | 'RESOLUTION'
  /** The opening of a revocation procedure, with the deficiencies found. */
  | 'REVOCATION_OPENING';

/** Where a notification stands (art. 43). */
export type NotificationStatus =
  /** Opened by a person acting for the entity: the applicant's terms run from then. */
  | 'ACCESSED'
  /** Made available and not yet opened; deemed rejected 10 calendar days after being made available. */
  | 'AVAILABLE'
  /** Not opened within 10 calendar days: the act counts as notified (art. 43.2) and the applicant's terms run from then; it can still be read. */
  | 'DEEMED_REJECTED';

/** Hear the entity before resolving on facts it did not bring (Llei 39/2015 art. 82). */
export type OpenHearingInput = {
  /** Global ID of a submitted application of your provider. */
  applicationId: string | number;
  /** The facts, allegations or evidence the resolution would rest on, and why; the notice states them. */
  reasons: string;
  /** Business days to make allegations, 10 to 15 (art. 82.2); 10 when not given. */
  termDays?: number | null | undefined;
};

/** Open a revocation procedure on a granted application from the provider's diagnosis. */
export type OpenRevocationInput = {
  /** Global ID of the granted application. */
  applicationId: string | number;
  /** The day by which the entity must have taken the measures: after today, and no later than the last day to resolve the procedure. */
  deadline: string;
  /** The deficiencies the diagnosis found; at least one. */
  deficiencies: Array<string>;
  /** The measures the entity must take to remedy them; at least one. */
  measures: Array<string>;
};

/** A step of the electronic procedure. */
export type ProcedureStepInput = {
  /** What the step asks for. */
  kind: ProcedureStepKind;
  /** Title, per language. */
  title: Array<LocalizedTextInput>;
};

/** Steps of the electronic application procedure. */
export type ProcedureStepKind =
  /** Accept the condition documents, exactly the versions shown. */
  | 'ACCEPT_CONDITIONS'
  /** Give the date of the entity's agreement. */
  | 'AGREEMENT_DATE'
  /** Check the applicant's details: name, NIF, position, e-mail and phone. */
  | 'APPLICANT_DETAILS'
  /** Attach the documents the resource asks for. */
  | 'ATTACH_FILES'
  /** Make the responsible declarations (declaracions responsables). */
  | 'DECLARATIONS'
  /** Designate a person for each interlocutor role (persones interlocutores). */
  | 'DESIGNATE_INTERLOCUTORS'
  /** Identify with a digital certificate. */
  | 'IDENTIFY'
  /** Say which local entity you act for. */
  | 'SELECT_ENTITY'
  /** Select the services asked for. */
  | 'SELECT_SERVICES'
  /** Sign the application and submit it. */
  | 'SIGN';

/** Whether the resource is provided continuously or once. */
export type ProvisionType =
  /** Provided for as long as the entity needs it (prestació continuada). */
  | 'CONTINUOUS'
  /** Provided once. */
  | 'ONE_OFF';

/** What happened in a case that did not meet its quality commitment. */
export type QualityBreachKind =
  /** The causes and measures of a delay were communicated after their due date. */
  | 'COMMUNICATED_LATE'
  /** Decided after the hard limit of the commitment (3 months in fitxa 111219). */
  | 'DECIDED_AFTER_HARD_LIMIT'
  /** Decided (the resolution made available) after the term of the commitment, within its hard limit. */
  | 'DECIDED_AFTER_TERM'
  /** The causes and measures of a delay were not communicated by the end of the period, their due date past. */
  | 'NOT_COMMUNICATED'
  /** A survey rating below the threshold of the commitment. */
  | 'RATING_BELOW_THRESHOLD'
  /** Still undecided at the end of the period although the hard limit had passed. */
  | 'UNDECIDED_AFTER_HARD_LIMIT';

/** A compromís de qualitat. */
export type QualityCommitmentInput = {
  /** What the provider does when the commitment is missed, per language. */
  breachAction?: Array<LocalizedTextInput> | null | undefined;
  /** A limit never to be exceeded: its amount (1–24 MONTHS, 1–730 CALENDAR_DAYS, 1–500 BUSINESS_DAYS, 1–24 HOURS). */
  hardLimitAmount?: number | null | undefined;
  /** A limit never to be exceeded: its unit. */
  hardLimitUnit?: TermUnit | null | undefined;
  /** What it measures. */
  indicator: QualityIndicator;
  /** 0 to 100. */
  targetPercent: number;
  /** The commitment, per language. */
  text: Array<LocalizedTextInput>;
  /** A rating out of 10 (0 to 10), or an amount of thresholdUnit (1–24 MONTHS, 1–730 CALENDAR_DAYS, 1–500 BUSINESS_DAYS, 1–24 HOURS). */
  threshold: number;
  /** Unit of the threshold when it is a term. */
  thresholdUnit?: TermUnit | null | undefined;
};

/** What a quality commitment measures. */
export type QualityIndicator =
  /** Causes and measures communicated within the threshold term after a breach of the hard limit. */
  | 'BREACH_COMMUNICATED_WITHIN_TERM'
  /** Share of decisions communicated within the threshold term, none beyond the hard limit. */
  | 'DECISION_WITHIN_TERM'
  /** Share of "fit to needs" ratings at or above the threshold (out of 10). */
  | 'FIT_TO_NEEDS_RATING_AT_LEAST'
  /** Share of survey ratings, on any question, at or above the threshold (out of 10). */
  | 'SURVEY_RATING_AT_LEAST';

/** A delivery to send again. */
export type RedeliverWebhookInput = {
  /** Global ID of a delivered or failed delivery. */
  deliveryId: string | number;
};

/** The book of the provider's registry an entry is in. */
export type RegistryDirection =
  /** Registre d'entrada: acts the applicant filed; numbers <PROVIDER>-E-<year>-<sequence>. */
  | 'INCOMING'
  /** Registre de sortida: acts the provider issued; numbers <PROVIDER>-S-<year>-<sequence>. */
  | 'OUTGOING';

/** What a registry entry registers. */
export type RegistrySubject =
  /** Signed allegations in a hearing (incoming, art. 82). */
  | 'ALLEGATIONS'
  /** The signed answer to a request for corrections (incoming, Llei 39/2015 art. 68). */
  | 'CORRECTIONS_ANSWER'
  /** A request for corrections issued by the provider (outgoing). */
  | 'CORRECTIONS_REQUEST'
  /** The causes of a delay past the fitxa's hard limit and the measures taken, communicated to the entity (outgoing). */
  | 'DELAY_COMMUNICATION'
  /** The opening of a hearing (outgoing, art. 82). */
  | 'HEARING'
  /** A resolution issued by the provider (outgoing). */
  | 'RESOLUTION'
  /** The opening of a revocation procedure (outgoing). */
  | 'REVOCATION_OPENING'
  /** The signed application (incoming). */
  | 'SUBMISSION'
  /** The signed withdrawal (desistiment, art. 94) (incoming). */
  | 'WITHDRAWAL_REQUEST';

/** A request to correct or complete an application (Llei 39/2015 art. 68). */
export type RequestCorrectionsInput = {
  /** Global ID of the submitted application. */
  applicationId: string | number;
  /** What to correct or complete; at least one item, at most 30. */
  items: Array<CorrectionItemInput>;
  /** Business days to answer, from the notification taking effect; 10 when not given (art. 68.1), between 5 and 30. */
  termDays?: number | null | undefined;
};

/** A requisit de concessió. */
export type RequirementInput = {
  /** Stable code within the fitxa; defaults to requisit-<position>. */
  code?: string | null | undefined;
  /** Code of a document given in the same input; required when verification is DOCUMENT_ACCEPTANCE. */
  documentCode?: string | null | undefined;
  /** The requirement, per language; Catalan is required to publish. */
  text: Array<LocalizedTextInput>;
  /** How it is checked. */
  verification: RequirementVerification;
};

/** How a requirement (requisit de concessió) is checked. */
export type RequirementVerification =
  /** The applicant declares it in the application (declaració responsable). */
  | 'DECLARATION'
  /** The applicant identifies with a qualified digital certificate. */
  | 'DIGITAL_CERTIFICATE'
  /** The applicant accepts a condition document, in the version shown. */
  | 'DOCUMENT_ACCEPTANCE'
  /** The entity's type is in the audience and it lies in the provider's territory. */
  | 'ELIGIBILITY'
  /** The entity's governing body adopted an agreement, whose date the applicant gives. */
  | 'ENTITY_AGREEMENT'
  /** A fact the provider's staff record, e.g. a planning meeting held. */
  | 'STAFF_RECORD';

/** What resolveApplication decides. */
export type ResolutionDecision =
  /** Accept the applicant's registered withdrawal request (art. 94). */
  | 'ACCEPT_WITHDRAWAL'
  /** Declare it withdrawn because the term to correct it is over (art. 68.1). */
  | 'DECLARE_DESISTED'
  /** Deny it; when the denial rests on facts the applicant did not bring, after a hearing (art. 82). */
  | 'DENY'
  /** Grant the application; for documents the fitxa marks, the entity receives sealed copies of the versions it accepted. */
  | 'GRANT';

/** What a resolution decides. */
export type ResolutionKind =
  /** The applicant's withdrawal (desistiment, Llei 39/2015 art. 94) is accepted. */
  | 'ACCEPT_WITHDRAWAL'
  /** A revocation procedure is closed and the grant stands. */
  | 'CLOSE_REVOCATION'
  /** The application is deemed withdrawn: the corrections were not made in time (art. 68.1). */
  | 'DECLARE_DESISTED'
  /** The application is denied. */
  | 'DENY'
  /** The application is granted. */
  | 'GRANT'
  /** A grant is revoked at the end of a revocation procedure. */
  | 'REVOKE';

/** Termini màxim de resolució. */
export type ResolutionTermInput = {
  /** How many units, by unit: 1–24 MONTHS, 1–730 CALENDAR_DAYS, 1–500 BUSINESS_DAYS, 1–24 HOURS. */
  amount: number;
  /** Months, business days or calendar days. */
  unit: TermUnit;
};

/** Resolve an application (the provider's reviewers and admins). */
export type ResolveApplicationInput = {
  /** Global ID of the application. */
  applicationId: string | number;
  /** The body that decides, e.g. "Presidència de la Diputació de Lleida"; appeals for reconsideration go before it. */
  competentBody: string;
  /** What is decided. */
  decision: ResolutionDecision;
  /** The reasons (fonaments) of the decision; the resolution states them. */
  reasons: string;
  /** A denial rests on facts, allegations or evidence the applicant did not bring, so the entity must have been heard first (art. 82.4); false when not given. */
  restsOnOtherFacts?: boolean | null | undefined;
};

/** Channel through which the resource is requested. */
export type ResourceChannelInput = {
  /** Kind of channel. */
  kind: ChannelKind;
  /** Name as shown, e.g. "Portal de tramitació (PMT)". */
  name?: Array<LocalizedTextInput> | null | undefined;
  /** http(s) URL, at most 500 characters. */
  url?: string | null | undefined;
};

/** Everything a fitxa says. Lists replace the stored lists entirely, in the order given. */
export type ResourceContentInput = {
  /** Terminis de sol·licitud; none means open all year (prestació continuada). At most 50. */
  applicationWindows?: Array<ApplicationWindowInput> | null | undefined;
  /** Code of one of the provider's areas. */
  areaCode?: string | null | undefined;
  /** Destinataris: the kinds of entity that may apply. */
  audience?: Array<LocalEntityType> | null | undefined;
  /** Code of one of the provider's catalogues. */
  catalogueCode?: string | null | undefined;
  /** Canal. */
  channel?: ResourceChannelInput | null | undefined;
  /** Documents: conditions, agreements, forms, in order. At most 50. */
  documents?: Array<ResourceDocumentInput> | null | undefined;
  /** Procediment de concessió. */
  grantProcedure?: GrantProcedure | null | undefined;
  /** Persones interlocutores to designate, in order. At most 20. */
  interlocutorRoles?: Array<InterlocutorRoleInput> | null | undefined;
  /** Tipus de recurs. */
  kind: ResourceKind;
  /** Normativa aplicable, in order. At most 50. */
  legalReferences?: Array<LegalReferenceInput> | null | undefined;
  /** 1 to 50; null means no limit. */
  maxApplicationsPerEntity?: number | null | undefined;
  /** Modalitat, per language, e.g. "Realització de serveis i activitats". */
  modality?: Array<LocalizedTextInput> | null | undefined;
  /** Com fer el tràmit, in order. At most 20. */
  procedureSteps?: Array<ProcedureStepInput> | null | undefined;
  /** Code of one of the provider's programmes. */
  programmeCode?: string | null | undefined;
  /** Continuous or one-off provision. */
  provisionType?: ProvisionType | null | undefined;
  /** Compromisos de qualitat, in order. At most 20. */
  qualityCommitments?: Array<QualityCommitmentInput> | null | undefined;
  /** Requisits de concessió, in order. At most 50. */
  requirements?: Array<RequirementInput> | null | undefined;
  /** Termini màxim de resolució. */
  resolutionTerm?: ResolutionTermInput | null | undefined;
  /** UN Sustainable Development Goals, 1 to 17. */
  sdgs?: Array<number> | null | undefined;
  /** Services the applicant can select, in order. At most 100. */
  serviceOptions?: Array<ServiceOptionInput> | null | undefined;
  /** Effect of silence when the term passes without resolution. */
  silenceEffect?: SilenceEffect | null | undefined;
  /** The survey (enquesta de satisfacció) the entity answers after a grant, questions in order. At most 30. */
  survey?: Array<SurveyQuestionInput> | null | undefined;
  /** One per language; Catalan is required. */
  translations: Array<ResourceTranslationInput>;
  /** Code of one of the provider's units. */
  unitCode?: string | null | undefined;
};

/** A document of the fitxa. */
export type ResourceDocumentInput = {
  /** Unique within the fitxa. */
  code: string;
  /** A file uploaded with POST /files. It supplies sha256, mediaType and the download address; giving it content other than the current version's creates a new document version. */
  fileId?: string | number | null | undefined;
  /** What the document is. */
  kind: ResourceDocumentKind;
  /** Without fileId: its media type. */
  mediaType?: string | null | undefined;
  /** The applicant must accept this version; defaults to false. */
  mustAccept?: boolean | null | undefined;
  /** The applicant must attach a filled-in or signed copy; defaults to false. */
  mustAttach?: boolean | null | undefined;
  /** Without fileId: SHA-256 of the document published elsewhere, 64 hexadecimal digits. */
  sha256?: string | null | undefined;
  /** The provider issues a signed copy when the application is accepted; defaults to false. */
  signedCopyOnAcceptance?: boolean | null | undefined;
  /** Title, per language; Catalan is required to publish. */
  title: Array<LocalizedTextInput>;
  /** Without fileId: http(s) URL where the document is published. */
  url?: string | null | undefined;
  /** Version label shown to people, e.g. "2023"; defaults to the version number. */
  version?: string | null | undefined;
};

/** Kinds of documents of a fitxa. */
export type ResourceDocumentKind =
  /** Conditions of access and use (condicions d'accés i ús). */
  | 'CONDITIONS_OF_ACCESS'
  /** Data processing contract (contracte d'encarregat de tractament). */
  | 'DATA_PROCESSING_CONTRACT'
  /** A form the applicant fills in and attaches, e.g. the designation of interlocutors. */
  | 'FORM'
  /** Management entrustment agreement (conveni d'encàrrec de gestió). */
  | 'MANAGEMENT_AGREEMENT'
  /** Anything else: the rules governing the catalogue (règim regulador), guides. */
  | 'OTHER';

/** Filters of the catalogue; all given filters must hold, and any value of a list may match. */
export type ResourceFilter = {
  /** The application deadline is on or after this day. */
  applicationDeadlineFrom?: string | null | undefined;
  /** The application deadline is on or before this day. */
  applicationDeadlineTo?: string | null | undefined;
  /** Area codes. A code matches that code of any provider; "<providerSlug>:<code>" (e.g. "diba:governs-digitals") only that provider's, since codes repeat across providers. Facet values come in the qualified form. Each part has at most 64 characters. */
  area?: Array<string> | null | undefined;
  /** Kinds of entity in the audience. */
  audience?: Array<LocalEntityType> | null | undefined;
  /** Catalogue codes. A code matches that code of any provider; "<providerSlug>:<code>" (e.g. "diba:governs-digitals") only that provider's, since codes repeat across providers. Facet values come in the qualified form. Each part has at most 64 characters. */
  catalogue?: Array<string> | null | undefined;
  /** Kinds of resource. */
  kind?: Array<ResourceKind> | null | undefined;
  /** Open for applications on this day: an application window contains it, or the fitxa has no window (open all year). */
  openOn?: string | null | undefined;
  /** Programme (àmbit) codes. A code matches that code of any provider; "<providerSlug>:<code>" (e.g. "diba:governs-digitals") only that provider's, since codes repeat across providers. Facet values come in the qualified form. Each part has at most 64 characters. */
  programme?: Array<string> | null | undefined;
  /** Provider slugs. */
  provider?: Array<string> | null | undefined;
  /** Sustainable Development Goals (1–17). */
  sdg?: Array<number> | null | undefined;
  /** Free text, accent-insensitive, ranked; Catalan stemming where the server supports it. */
  search?: string | null | undefined;
  /** Statuses of the fitxes to list; default: published only. DRAFT, UNPUBLISHED and ARCHIVED fitxes (their working copies) are listed only for the staff (editors, reviewers, admins) of their own provider; for anyone else only published fitxes ever match, so asking for other statuses gives no error and no rows. */
  status?: Array<ResourceStatus> | null | undefined;
};

/** Tipus de recurs: technical, material or economic support. */
export type ResourceKind =
  /** Economic support (suport econòmic): a financial contribution. */
  | 'ECONOMIC'
  /** Material support (suport material): goods, equipment or services delivered in kind. */
  | 'MATERIAL'
  /** Technical support (suport tècnic): services and activities the provider carries out for the entity. */
  | 'TECHNICAL';

/** A fitxa to publish, unpublish or archive. */
export type ResourcePublicationInput = {
  /** The version the editor reviewed; when another editor saved since, nothing happens and STALE_VERSION is returned. */
  expectedVersion?: number | null | undefined;
  /** Global ID of the resource. */
  resourceId: string | number;
};

/** What made a revision of the working draft. */
export type ResourceRevisionAction =
  /** The fitxa was created. */
  | 'CREATE'
  /** An earlier revision was made the draft again. */
  | 'RESTORE'
  /** An editor saved the draft. */
  | 'UPDATE';

/** Editorial state of a fitxa. */
export type ResourceStatus =
  /** Kept for the record; no longer offered. */
  | 'ARCHIVED'
  /** Never published; only the provider's editors see it. */
  | 'DRAFT'
  /** A published version is served to the public. */
  | 'PUBLISHED'
  /** Withdrawn from the public catalogue; may be published again. */
  | 'UNPUBLISHED';

/** The fitxa's own text in one language; Catalan is required. */
export type ResourceTranslationInput = {
  /** Markdown. */
  afterApplication?: string | null | undefined;
  /** Markdown. */
  applicationConditions?: string | null | undefined;
  /** Markdown. */
  description?: string | null | undefined;
  /** Markdown. */
  executionConditions?: string | null | undefined;
  /** Language of this translation. */
  locale: Locale;
  /** When the resolution term starts, as the fitxa states it. */
  resolutionTermNote?: string | null | undefined;
  /** Markdown. */
  revocationConditions?: string | null | undefined;
  /** Lead paragraph. */
  summary?: string | null | undefined;
  /** At most 300 characters. */
  title: string;
};

/** An earlier revision to make the working draft again. */
export type RestoreResourceRevisionInput = {
  /** The version the editor saw. */
  expectedVersion: number;
  /** Global ID of the resource. */
  resourceId: string | number;
  /** Global ID of the revision (from Resource.revisions). */
  revisionId: string | number;
};

/** How a revocation procedure ended. */
export type RevocationOutcome =
  /** Closed by resolution without revoking; the application is granted again. */
  | 'CLOSED'
  /** Not resolved within 3 months of its opening (Llei 39/2015 art. 25.1.b): declared lapsed, the application is granted again. */
  | 'LAPSED'
  /** The grant was revoked by resolution after hearing the entity; the entity may apply again. */
  | 'REVOKED';

/** Revoke a grant whose revocation procedure is open and whose entity was heard. */
export type RevokeGrantInput = {
  /** Global ID of the application. */
  applicationId: string | number;
  /** The body that resolves, e.g. "Presidència delegada de l'Àrea d'Innovació". */
  competentBody: string;
  /** The reasons of the resolution. */
  reasons: string;
};

/** An area, created or updated by its code. */
export type SaveAreaInput = {
  /** Code, unique within the provider (lower-case letters, digits, hyphens). */
  code: string;
  /** Name in Catalan, the reference language. */
  name: string;
  /** Provider slug. */
  provider: string;
  /** Names in Spanish, English or Occitan. When given, they replace the saved ones (an empty list removes them); when omitted, those stay. */
  translations?: Array<TaxonomyNameTranslationInput> | null | undefined;
};

/** A catalogue or call (convocatòria), created or updated by its code. */
export type SaveCatalogueInput = {
  /** Code, unique within the provider (lower-case letters, digits, hyphens). */
  code: string;
  /** Last day of its period. */
  endDate?: string | null | undefined;
  /** Name in Catalan, the reference language. */
  name: string;
  /** Provider slug. */
  provider: string;
  /** First day of its period. */
  startDate?: string | null | undefined;
  /** Names in Spanish, English or Occitan. When given, they replace the saved ones (an empty list removes them); when omitted, those stay. */
  translations?: Array<TaxonomyNameTranslationInput> | null | undefined;
};

/** A programme (àmbit), created or updated by its code. */
export type SaveProgrammeInput = {
  /** Code of the area it belongs to. */
  areaCode?: string | null | undefined;
  /** Code, unique within the provider (lower-case letters, digits, hyphens). */
  code: string;
  /** Name in Catalan, the reference language. */
  name: string;
  /** Provider slug. */
  provider: string;
  /** Names in Spanish, English or Occitan. When given, they replace the saved ones (an empty list removes them); when omitted, those stay. */
  translations?: Array<TaxonomyNameTranslationInput> | null | undefined;
};

/** A provider unit with its contact point, created or updated by its code. */
export type SaveProviderUnitInput = {
  /** Acronym, e.g. DSTSC. */
  acronym?: string | null | undefined;
  /** Code, unique within the provider (lower-case letters, digits, hyphens). */
  code: string;
  /** Contact form. */
  contactFormUrl?: string | null | undefined;
  /** E-mail address. */
  email?: string | null | undefined;
  /** Name in Catalan, the reference language. */
  name: string;
  /** Telephone. */
  phone?: string | null | undefined;
  /** Provider slug. */
  provider: string;
  /** Names in Spanish, English or Occitan. When given, they replace the saved ones (an empty list removes them); when omitted, those stay. */
  translations?: Array<TaxonomyNameTranslationInput> | null | undefined;
  /** Web page. */
  website?: string | null | undefined;
};

/** When to publish and/or unpublish a fitxa, without anyone acting then. */
export type ScheduleResourcePublicationInput = {
  /** Instant to publish the draft as it stands then. */
  publishAt?: string | null | undefined;
  /** Global ID of the resource. */
  resourceId: string | number;
  /** Instant to withdraw it from the public catalogue. */
  unpublishAt?: string | null | undefined;
};

/** What a scheduled change does. */
export type ScheduledPublicationAction =
  /** Publish the working draft. */
  | 'PUBLISH'
  /** Withdraw the fitxa from the public catalogue. */
  | 'UNPUBLISH';

/** A selectable service. */
export type ServiceOptionInput = {
  /** Unique within the fitxa. */
  code: string;
  /** Name, per language. */
  name: Array<LocalizedTextInput>;
  /** The provider recommends selecting it; defaults to false. */
  recommended?: boolean | null | undefined;
};

/** Replaces a year's holidays of one municipality, or of the general calendar of Catalonia. */
export type SetHolidaysInput = {
  /** Every holiday of that year and place; those not listed are removed. */
  holidays: Array<HolidayDayInput>;
  /** INE code (5 digits) of the municipality; null for the general calendar (Spain's and Catalonia's holidays). */
  municipality?: string | null | undefined;
  /** Where the dates come from, e.g. the DOGC order. */
  source: string;
  /** The year. */
  year: number;
};

/** How a signature sent in `signature` was packaged; both formats sign the same canonical bytes. */
export type SignatureFormat =
  /** CAdES-BES: CMS SignedData (RFC 5652) in base64 DER, detached or attached, as AutoFirma and the AOC Signador produce. */
  | 'CADES'
  /** Compact JWS (RFC 7515) with the certificate chain in x5c. */
  | 'JWS';

/** Effect of the absence of a resolution in time (silenci administratiu). */
export type SilenceEffect =
  /** The application is deemed rejected (silenci negatiu, Llei 39/2015 art. 24). */
  | 'NEGATIVE'
  /** The application is deemed granted (silenci positiu, Llei 39/2015 art. 24). */
  | 'POSITIVE';

/** What a staff member may do at a provider. */
export type StaffRoleName =
  /** Administers the taxonomy; reviews applications and reads the editorial history. */
  | 'ADMIN'
  /** Edits and publishes fitxes. */
  | 'EDITOR'
  /** Reviews submitted applications. */
  | 'REVIEWER';

/** A question of the fitxa's survey (enquesta de satisfacció), answered once per application after a grant. */
export type SurveyQuestionInput = {
  /** Stable code within the fitxa, ^[a-z0-9_-]{1,64}$; answers name the question by it. Unique within the survey. */
  code: string;
  /** The rating that says how well the resource fitted the entity's needs (the "fit to needs" quality commitment reads it): at most one question, a RATING. Defaults to false. */
  fitToNeeds?: boolean | null | undefined;
  /** A rating (0 to 10) or free text. */
  kind: SurveyQuestionKind;
  /** The entity must answer it. Defaults to false. */
  required?: boolean | null | undefined;
  /** The question, per language; Catalan is required. At most 1000 characters each. */
  text: Array<LocalizedTextInput>;
};

/** What a question of a fitxa's survey asks for. */
export type SurveyQuestionKind =
  /** Free text, e.g. observations and proposals. */
  | 'FREE_TEXT'
  /** A rating: a whole number from 0 to 10. */
  | 'RATING';

/** Which piece of a provider's taxonomy. */
export type TaxonomyItemKind =
  /** An area (àrea). */
  | 'AREA'
  /** A catalogue or call (convocatòria). */
  | 'CATALOGUE'
  /** A programme, or field of action (àmbit). */
  | 'PROGRAMME'
  /** A provider unit (unitat prestadora). */
  | 'PROVIDER_UNIT';

/** The name of a taxonomy item in a language other than Catalan. */
export type TaxonomyNameTranslationInput = {
  /** ES, EN or OC; the Catalan name is the input's `name`. */
  locale: Locale;
  /** The name in that language, at most 300 characters. */
  name: string;
};

/** Units of a legal term (Llei 39/2015 art. 30). */
export type TermUnit =
  /** Business days (dies hàbils): Saturdays, Sundays and holidays do not count (art. 30.2). */
  | 'BUSINESS_DAYS'
  /** Calendar days (dies naturals): every day counts. */
  | 'CALENDAR_DAYS'
  /** Hours, counted hour by hour from the minute of the act, only those of business days; at most 24 (art. 30.1). */
  | 'HOURS'
  /** Months, counted date to date from the day after the act (art. 30.4). */
  | 'MONTHS';

/** New content for a fitxa's working draft. */
export type UpdateResourceInput = {
  /** Everything the fitxa says, replacing the working content; Resource.content gives it in this shape. */
  content: ResourceContentInput;
  /** The version the editor started from; when another editor saved since, nothing happens and STALE_VERSION is returned. */
  expectedVersion: number;
  /** Global ID of the resource. */
  resourceId: string | number;
};

/** Why a mutation refused or warned: stable codes a front end may translate or react to. `UserError.message` already says it in the served language. */
export type UserErrorCode =
  /** The survey of this application was already answered; answers never change. */
  | 'ALREADY_ANSWERED'
  /** The person is already authorized for the entity. */
  | 'ALREADY_AUTHORIZED'
  /** The authorization was already revoked. */
  | 'ALREADY_REVOKED'
  /** The application was already submitted. */
  | 'ALREADY_SUBMITTED'
  /** The application was already withdrawn. */
  | 'ALREADY_WITHDRAWN'
  /** The applicant's NIF is not the one of the caller's certificate. */
  | 'APPLICANT_MISMATCH'
  /** The entity already made as many applications for the resource as allowed. */
  | 'APPLICATION_LIMIT_REACHED'
  /** No application window is open today. */
  | 'APPLICATION_WINDOW_CLOSED'
  /** The signing certificate was not valid at the time of signing. */
  | 'CERTIFICATE_EXPIRED'
  /** The signing certificate does not chain to a trusted authority. */
  | 'CERTIFICATE_UNTRUSTED'
  /** The quality commitment was not missed in that period (met, or nothing to measure): there is nothing to analyse. */
  | 'COMMITMENT_NOT_MISSED'
  /** The term to answer the request for corrections has not ended yet, so the application cannot be deemed withdrawn. */
  | 'CORRECTION_TERM_NOT_OVER'
  /** The header line does not name the required columns, or names one twice. */
  | 'CSV_COLUMNS'
  /** The file holds no header line or no data line. */
  | 'CSV_EMPTY'
  /** The file is not valid CSV (an unclosed quote, a line with another number of cells than the header…). */
  | 'CSV_MALFORMED'
  /** A date that cannot be in the future is. */
  | 'DATE_IN_FUTURE'
  /** The day is not in the year being set. */
  | 'DATE_OUTSIDE_YEAR'
  /** The application has no delay task: it has not passed its fitxa's hard limit undecided (or the fitxa has no such commitment). */
  | 'DECISION_NOT_DELAYED'
  /** The causes and measures of this delay were already communicated to the entity. */
  | 'DELAY_ALREADY_COMMUNICATED'
  /** The SHA-256 is not the one of the document version shown. */
  | 'DOCUMENT_CHANGED'
  /** The accepted document version has been replaced; accept the current one. */
  | 'DOCUMENT_OUTDATED'
  /** The same value is given twice in a list. */
  | 'DUPLICATE'
  /** The provider already has a fitxa with this code. */
  | 'DUPLICATE_CODE'
  /** The same day is listed twice. */
  | 'DUPLICATE_DATE'
  /** The same entity, NIF or DIR3 code appears on two lines of the file. */
  | 'DUPLICATE_IN_FILE'
  /** The resource is not offered to entities of this type. */
  | 'ENTITY_NOT_IN_AUDIENCE'
  /** The caller is known but may not do this to this object. */
  | 'FORBIDDEN'
  /** A hearing of the entity is still running (no allegations yet and its term not over); it cannot be opened again. */
  | 'HEARING_ALREADY_OPEN'
  /** The applicant must be heard (Llei 39/2015 art. 82) before this resolution. */
  | 'HEARING_REQUIRED'
  /** The idempotency key was used for another submission. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** Another local entity already has this NIF or DIR3 code, and the file does not change it. */
  | 'IDENTIFIER_TAKEN'
  /** A taxonomy code must be 1–64 lower-case letters, digits and hyphens. */
  | 'INVALID_CODE'
  /** Not a calendar day as YYYY-MM-DD. */
  | 'INVALID_DATE'
  /** Not a DIR3 code (nine letters and digits). */
  | 'INVALID_DIR3'
  /** Not an e-mail address. */
  | 'INVALID_EMAIL'
  /** A line names its entity by neither or both of ine_code and entity_code, or by a malformed one. */
  | 'INVALID_ENTITY_CODE'
  /** Not an entity NIF with a correct control character. */
  | 'INVALID_ENTITY_NIF'
  /** The value does not have the expected format (codes, hashes). */
  | 'INVALID_FORMAT'
  /** An idempotency key is 8–100 letters, digits and . _ : - */
  | 'INVALID_IDEMPOTENCY_KEY'
  /** A municipality is given by its 5-digit INE code. */
  | 'INVALID_MUNICIPALITY'
  /** Not a valid personal NIF (DNI or NIE). */
  | 'INVALID_NIF'
  /** Not a telephone number. */
  | 'INVALID_PHONE'
  /** A period ends before it starts. */
  | 'INVALID_RANGE'
  /** A holiday scope that this calendar does not take. */
  | 'INVALID_SCOPE'
  /** The object's current status does not allow this action. */
  | 'INVALID_STATUS'
  /** Not a topic pattern: an exact topic, a prefix ending in ".*", or "*". */
  | 'INVALID_TOPIC'
  /** Not an http(s) address, or too long. */
  | 'INVALID_URL'
  /** The value is not acceptable here. */
  | 'INVALID_VALUE'
  /** The year is outside the years the calendar covers. */
  | 'INVALID_YEAR'
  /** A scheduled instant must be in the future. */
  | 'IN_THE_PAST'
  /** Still used by fitxes or programmes; change those first. */
  | 'IN_USE'
  /** A warning: a language has no translation and its readers will see Catalan. */
  | 'MISSING_TRANSLATION'
  /** The resource does not ask for this. */
  | 'NOT_ASKED'
  /** Only a draft can change or be deleted this way. */
  | 'NOT_A_DRAFT'
  /** This requirement is not met by a fact that staff record. */
  | 'NOT_A_STAFF_RECORD'
  /** The id or code does not exist, or the caller may not see it (the two are not told apart). */
  | 'NOT_FOUND'
  /** The survey is answered after the resource was granted, and this application has no grant resolution. */
  | 'NOT_GRANTED'
  /** The application is still a draft: there is nothing to withdraw from (discard the draft with discardDraft). */
  | 'NOT_SUBMITTED'
  /** Allegations answer an open hearing, and the application has none. */
  | 'NO_OPEN_HEARING'
  /** The entity lies outside the provider's territory. */
  | 'OUTSIDE_TERRITORY'
  /** The number is outside the allowed range. */
  | 'OUT_OF_RANGE'
  /** The signed document is not the current version of the application. */
  | 'PAYLOAD_CHANGED'
  /** A period is longer than the service allows (a quality report covers at most 5 years). */
  | 'PERIOD_TOO_LONG'
  /** A warning: some recommended services are not selected. */
  | 'RECOMMENDED_NOT_SELECTED'
  /** The caller's certificate names an entity NIF that no local entity of the service has yet; the admins of the diputació whose territory holds the entity load it (importLocalEntityIdentifiers). */
  | 'REPRESENTED_ENTITY_UNKNOWN'
  /** A value is required here. */
  | 'REQUIRED'
  /** A requirement of the resource is not met. */
  | 'REQUIREMENT_NOT_MET'
  /** The resource is no longer published, so it cannot be applied for. */
  | 'RESOURCE_NOT_PUBLISHED'
  /** The revocation procedure lapsed 3 months after it was opened (art. 25.1.b); it can only be declared lapsed. */
  | 'REVOCATION_LAPSED'
  /** The revocation procedure has not lapsed yet: 3 months have not passed since it was opened. */
  | 'REVOCATION_NOT_LAPSED'
  /** The signature is invalid or cannot be read. */
  | 'SIGNATURE_INVALID'
  /** The certificate is not the applicant's or does not act for the entity. */
  | 'SIGNER_MISMATCH'
  /** The object changed since the caller read it; reload and try again. */
  | 'STALE_VERSION'
  /** A step of the application is not complete. */
  | 'STEP_MISSING'
  /** The text or list is longer than allowed. */
  | 'TOO_LONG'
  /** The list has more items than allowed. */
  | 'TOO_MANY'
  /** The text is shorter than allowed. */
  | 'TOO_SHORT'
  /** No area of the provider has this code. */
  | 'UNKNOWN_AREA'
  /** No taxonomy item of the provider has this code. */
  | 'UNKNOWN_CODE'
  /** The resource has no document with this id or code. */
  | 'UNKNOWN_DOCUMENT'
  /** No file the caller uploaded has this id. */
  | 'UNKNOWN_FILE'
  /** No municipality has this INE code. */
  | 'UNKNOWN_MUNICIPALITY'
  /** The survey the application was filed against has no question with this code. */
  | 'UNKNOWN_QUESTION'
  /** The resource has no declarable requirement with this code. */
  | 'UNKNOWN_REQUIREMENT'
  /** The resource asks for no interlocutor role with this code. */
  | 'UNKNOWN_ROLE'
  /** The resource offers no service with this code. */
  | 'UNKNOWN_SERVICE'
  /** The scheduled unpublication comes before the publication. */
  | 'UNPUBLISH_BEFORE_PUBLISH'
  /** The endpoint is a loopback, private or link-local address, which the operator does not allow. */
  | 'WEBHOOK_ADDRESS_NOT_ALLOWED'
  /** The delivery has not finished yet: nothing to redeliver. */
  | 'WEBHOOK_DELIVERY_PENDING'
  /** Webhook endpoints must use https here. */
  | 'WEBHOOK_HTTPS_REQUIRED'
  /** The applicant already asked to withdraw the application; the provider resolves on that request. */
  | 'WITHDRAWAL_ALREADY_REQUESTED'
  /** The applicant has not asked to withdraw the application; the provider cannot accept a withdrawal nobody asked for. */
  | 'WITHDRAWAL_NOT_REQUESTED';

/** Where a webhook delivery stands. */
export type WebhookDeliveryStatus =
  /** The subscription was disabled before it was delivered. */
  | 'CANCELLED'
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Every attempt of the retry window (at least 24 hours) failed. */
  | 'FAILED'
  /** Waiting for its first attempt, or for earlier deliveries about the same object. */
  | 'PENDING'
  /** An attempt failed; another comes at `nextAttemptAt`. */
  | 'RETRYING';

/** A subscription to act on. */
export type WebhookSubscriptionRefInput = {
  /** Global ID of the subscription. */
  subscriptionId: string | number;
};

export type EditorResourceListQueryVariables = Exact<{
  filter: ResourceFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type EditorResourceListQuery = { resources: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, code: string, title: string, locale: Locale, status: ResourceStatus, statusLabel: string, version: number, availableLocales: Array<Locale>, publishedAt: string | null, kindLabel: string }> } };

export type EditorProviderTaxonomyQueryVariables = Exact<{
  slug: string;
}>;


export type EditorProviderTaxonomyQuery = { provider: { id: string, slug: string, name: string, areas: Array<{ id: string, code: string, name: string }>, programmes: Array<{ id: string, code: string, name: string }>, catalogues: Array<{ id: string, code: string, name: string }>, units: Array<{ id: string, code: string, name: string }> } | null };

export type EditorResourceFormQueryVariables = Exact<{
  provider: string;
  code: string;
}>;


export type EditorResourceFormQuery = { resource: { id: string, code: string, locale: Locale, status: ResourceStatus, statusLabel: string, version: number, title: string, availableLocales: Array<Locale>, publishedAt: string | null, content: { kind: ResourceKind, provisionType: ProvisionType | null, audience: Array<LocalEntityType>, sdgs: Array<number>, catalogueCode: string | null, areaCode: string | null, programmeCode: string | null, unitCode: string | null, grantProcedure: GrantProcedure | null, silenceEffect: SilenceEffect | null, maxApplicationsPerEntity: number | null, modality: Array<{ locale: Locale, text: string }> | null, channel: { kind: ChannelKind, url: string | null, name: Array<{ locale: Locale, text: string }> | null } | null, resolutionTerm: { amount: number, unit: TermUnit } | null, translations: Array<{ locale: Locale, title: string, summary: string | null, description: string | null, applicationConditions: string | null, executionConditions: string | null, afterApplication: string | null, revocationConditions: string | null, resolutionTermNote: string | null }>, requirements: Array<{ code: string | null, verification: RequirementVerification, documentCode: string | null, text: Array<{ locale: Locale, text: string }> }>, documents: Array<{ code: string, kind: ResourceDocumentKind, fileId: string | null, version: string, url: string, mediaType: string, sha256: string, mustAccept: boolean, mustAttach: boolean, signedCopyOnAcceptance: boolean, title: Array<{ locale: Locale, text: string }> }>, serviceOptions: Array<{ code: string, recommended: boolean, name: Array<{ locale: Locale, text: string }> }>, applicationWindows: Array<{ label: string | null, opensOn: string, closesOn: string }>, qualityCommitments: Array<{ indicator: QualityIndicator, threshold: number, thresholdUnit: TermUnit | null, targetPercent: number, hardLimitAmount: number | null, hardLimitUnit: TermUnit | null, text: Array<{ locale: Locale, text: string }>, breachAction: Array<{ locale: Locale, text: string }> | null }>, legalReferences: Array<{ url: string | null, eli: string | null, title: Array<{ locale: Locale, text: string }> }>, procedureSteps: Array<{ kind: ProcedureStepKind, title: Array<{ locale: Locale, text: string }> }>, interlocutorRoles: Array<{ code: string, required: boolean, name: Array<{ locale: Locale, text: string }> }>, survey: Array<{ code: string, kind: SurveyQuestionKind, fitToNeeds: boolean, required: boolean, text: Array<{ locale: Locale, text: string }> }> } | null } | null };

export type EditorPublicationPanelQueryVariables = Exact<{
  provider: string;
  code: string;
}>;


export type EditorPublicationPanelQuery = { resource: { id: string, locale: Locale, version: number, status: ResourceStatus, publicationCheck: { publishable: boolean, errors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } | null, publicationSchedule: Array<{ action: ScheduledPublicationAction, dueAt: string }> | null } | null };

export type EditorCreateResourceMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type EditorCreateResourceMutation = { createResource: { resource: { id: string, code: string, locale: Locale, version: number, status: ResourceStatus } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type EditorSaveResourceMutationVariables = Exact<{
  input: UpdateResourceInput;
}>;


export type EditorSaveResourceMutation = { updateResource: { resource: { id: string, code: string, locale: Locale, version: number, status: ResourceStatus, statusLabel: string, title: string, availableLocales: Array<Locale>, content: { kind: ResourceKind, provisionType: ProvisionType | null, audience: Array<LocalEntityType>, sdgs: Array<number>, catalogueCode: string | null, areaCode: string | null, programmeCode: string | null, unitCode: string | null, grantProcedure: GrantProcedure | null, silenceEffect: SilenceEffect | null, maxApplicationsPerEntity: number | null, modality: Array<{ locale: Locale, text: string }> | null, channel: { kind: ChannelKind, url: string | null, name: Array<{ locale: Locale, text: string }> | null } | null, resolutionTerm: { amount: number, unit: TermUnit } | null, translations: Array<{ locale: Locale, title: string, summary: string | null, description: string | null, applicationConditions: string | null, executionConditions: string | null, afterApplication: string | null, revocationConditions: string | null, resolutionTermNote: string | null }>, requirements: Array<{ code: string | null, verification: RequirementVerification, documentCode: string | null, text: Array<{ locale: Locale, text: string }> }>, documents: Array<{ code: string, kind: ResourceDocumentKind, fileId: string | null, version: string, url: string, mediaType: string, sha256: string, mustAccept: boolean, mustAttach: boolean, signedCopyOnAcceptance: boolean, title: Array<{ locale: Locale, text: string }> }>, serviceOptions: Array<{ code: string, recommended: boolean, name: Array<{ locale: Locale, text: string }> }>, applicationWindows: Array<{ label: string | null, opensOn: string, closesOn: string }>, qualityCommitments: Array<{ indicator: QualityIndicator, threshold: number, thresholdUnit: TermUnit | null, targetPercent: number, hardLimitAmount: number | null, hardLimitUnit: TermUnit | null, text: Array<{ locale: Locale, text: string }>, breachAction: Array<{ locale: Locale, text: string }> | null }>, legalReferences: Array<{ url: string | null, eli: string | null, title: Array<{ locale: Locale, text: string }> }>, procedureSteps: Array<{ kind: ProcedureStepKind, title: Array<{ locale: Locale, text: string }> }>, interlocutorRoles: Array<{ code: string, required: boolean, name: Array<{ locale: Locale, text: string }> }>, survey: Array<{ code: string, kind: SurveyQuestionKind, fitToNeeds: boolean, required: boolean, text: Array<{ locale: Locale, text: string }> }> } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type EditorPublishResourceMutationVariables = Exact<{
  input: ResourcePublicationInput;
}>;


export type EditorPublishResourceMutation = { publishResource: { resource: { id: string, locale: Locale, version: number, status: ResourceStatus, statusLabel: string, publishedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type EditorUnpublishResourceMutationVariables = Exact<{
  input: ResourcePublicationInput;
}>;


export type EditorUnpublishResourceMutation = { unpublishResource: { resource: { id: string, locale: Locale, version: number, status: ResourceStatus, statusLabel: string, publishedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type EditorArchiveResourceMutationVariables = Exact<{
  input: ResourcePublicationInput;
}>;


export type EditorArchiveResourceMutation = { archiveResource: { resource: { id: string, locale: Locale, version: number, status: ResourceStatus, statusLabel: string, publishedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type EditorSchedulePublicationMutationVariables = Exact<{
  input: ScheduleResourcePublicationInput;
}>;


export type EditorSchedulePublicationMutation = { scheduleResourcePublication: { schedule: Array<{ action: ScheduledPublicationAction, dueAt: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type EditorCancelScheduleMutationVariables = Exact<{
  input: CancelResourcePublicationScheduleInput;
}>;


export type EditorCancelScheduleMutation = { cancelResourcePublicationSchedule: { cancelled: Array<{ action: ScheduledPublicationAction, dueAt: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type EditorResourceRevisionsQueryVariables = Exact<{
  provider: string;
  code: string;
  after?: string | null | undefined;
}>;


export type EditorResourceRevisionsQuery = { resource: { id: string, locale: Locale, code: string, title: string, version: number, revisions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, action: ResourceRevisionAction, actionLabel: string, at: string, actorName: string, changes: Array<{ field: Array<string>, values: Record<string, unknown> }> }> } | null } | null };

export type EditorRestoreRevisionMutationVariables = Exact<{
  input: RestoreResourceRevisionInput;
}>;


export type EditorRestoreRevisionMutation = { restoreResourceRevision: { resource: { id: string, locale: Locale, version: number, status: ResourceStatus, title: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type EditorConflictingVersionQueryVariables = Exact<{
  provider: string;
  code: string;
}>;


export type EditorConflictingVersionQuery = { resource: { id: string, locale: Locale, version: number, status: ResourceStatus, statusLabel: string, content: { kind: ResourceKind, provisionType: ProvisionType | null, audience: Array<LocalEntityType>, sdgs: Array<number>, catalogueCode: string | null, areaCode: string | null, programmeCode: string | null, unitCode: string | null, grantProcedure: GrantProcedure | null, silenceEffect: SilenceEffect | null, maxApplicationsPerEntity: number | null, modality: Array<{ locale: Locale, text: string }> | null, channel: { kind: ChannelKind, url: string | null, name: Array<{ locale: Locale, text: string }> | null } | null, resolutionTerm: { amount: number, unit: TermUnit } | null, translations: Array<{ locale: Locale, title: string, summary: string | null, description: string | null, applicationConditions: string | null, executionConditions: string | null, afterApplication: string | null, revocationConditions: string | null, resolutionTermNote: string | null }>, requirements: Array<{ code: string | null, verification: RequirementVerification, documentCode: string | null, text: Array<{ locale: Locale, text: string }> }>, documents: Array<{ code: string, kind: ResourceDocumentKind, fileId: string | null, version: string, url: string, mediaType: string, sha256: string, mustAccept: boolean, mustAttach: boolean, signedCopyOnAcceptance: boolean, title: Array<{ locale: Locale, text: string }> }>, serviceOptions: Array<{ code: string, recommended: boolean, name: Array<{ locale: Locale, text: string }> }>, applicationWindows: Array<{ label: string | null, opensOn: string, closesOn: string }>, qualityCommitments: Array<{ indicator: QualityIndicator, threshold: number, thresholdUnit: TermUnit | null, targetPercent: number, hardLimitAmount: number | null, hardLimitUnit: TermUnit | null, text: Array<{ locale: Locale, text: string }>, breachAction: Array<{ locale: Locale, text: string }> | null }>, legalReferences: Array<{ url: string | null, eli: string | null, title: Array<{ locale: Locale, text: string }> }>, procedureSteps: Array<{ kind: ProcedureStepKind, title: Array<{ locale: Locale, text: string }> }>, interlocutorRoles: Array<{ code: string, required: boolean, name: Array<{ locale: Locale, text: string }> }>, survey: Array<{ code: string, kind: SurveyQuestionKind, fitToNeeds: boolean, required: boolean, text: Array<{ locale: Locale, text: string }> }> } | null, revisions: { nodes: Array<{ id: string, actorName: string, at: string }> } | null } | null };

export type AdminViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminViewerQuery = { viewer: { id: string, name: string, nif: string, roles: Array<{ role: StaffRoleName, roleLabel: string, provider: { id: string, slug: string, name: string } }> } | null };

export type ReviewQueueQueryVariables = Exact<{
  filter?: ApplicationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReviewQueueQuery = { applications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: ApplicationStatus, statusLabel: string, registryNumber: string | null, submittedAt: string | null, resolutionDueDate: string | null, targetDueDate: string | null, deadlineState: DeadlineState | null, deadlineStateLabel: string | null, localEntity: { id: string, name: string }, resource: { id: string, locale: Locale, code: string, title: string } | null }> } };

export type ReviewApplicationFileQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewApplicationFileQuery = { application: { id: string, status: ApplicationStatus, statusLabel: string, version: number, registryNumber: string | null, submittedAt: string | null, resolutionDueDate: string | null, targetDueDate: string | null, deadlineState: DeadlineState | null, deadlineStateLabel: string | null, agreementDate: string | null, selectedServices: Array<string>, declaredRequirements: Array<string>, applicant: { name: string | null, nif: string | null, position: string | null, email: string | null, phone: string | null }, localEntity: { id: string, name: string, nif: string | null, dir3Code: string | null, typeLabel: string }, resource: { id: string, locale: Locale, code: string, title: string, provider: { slug: string, name: string }, documents: Array<{ id: string, code: string, title: string }>, requirements: Array<{ code: string }> } | null, receipt: { registryNumber: string, registeredAt: string, contentSha256: string, signatureFormat: SignatureFormat, signatureFormatLabel: string, seal: string, pdfUrl: string } | null, acceptedDocuments: Array<{ documentId: string, code: string, versionNumber: number, sha256: string, acceptedAt: string }>, interlocutors: Array<{ roleCode: string, name: string, nif: string, email: string, phone: string | null }>, attachments: Array<{ documentCode: string, fileId: string, filename: string, mediaType: string, sha256: string, downloadUrl: string }>, registryEntries: Array<{ number: string, direction: RegistryDirection, directionLabel: string, subject: RegistrySubject, subjectLabel: string, registeredAt: string, contentSha256: string, signatureFormat: SignatureFormat | null, signatureFormatLabel: string | null, signerNif: string | null, seal: string | null, statement: string | null }>, dueDateHistory: Array<{ at: string, kind: DueDateKind, kindLabel: string, previous: string | null, next: string, reason: DueDateChangeReason, reasonLabel: string, suspendedDays: number | null }>, notifications: Array<{ id: string, act: NotificationAct, actLabel: string, status: NotificationStatus, statusLabel: string, madeAvailableAt: string, accessedAt: string | null, deemedRejectedAt: string | null, document: { filename: string, sha256: string, downloadUrl: string } | null }>, correctionRequests: Array<{ id: string, requestedAt: string, termDays: number, termLastDay: string | null, answeredAt: string | null, answerRegistryNumber: string | null, registryNumber: string | null, suspendedDays: number | null, items: Array<{ text: string, requirementCode: string | null, documentCode: string | null }> }>, hearings: Array<{ id: string, purpose: HearingPurpose, purposeLabel: string, reasons: string, termDays: number, openedAt: string, termOverAt: string | null, concluded: boolean, noticeRegistryNumber: string, allegations: { registryNumber: string, registeredAt: string, statement: string } | null }>, resolutions: Array<{ id: string, kind: ResolutionKind, kindLabel: string, reasons: string, competentBody: string, resolvedAt: string, registryNumber: string, document: { filename: string, sha256: string, size: number, downloadUrl: string } }>, revocations: Array<{ id: string, open: boolean, openedAt: string, deadline: string, deficiencies: Array<string>, measures: Array<string>, lapsesAt: string, lastDayToResolve: string, closedAt: string | null, outcome: RevocationOutcome | null, outcomeLabel: string | null, reasons: string | null, competentBody: string | null }>, decisionDelay: { id: string, communicationDueDate: string, communicatedAt: string | null, deadlineState: DeadlineState | null, deadlineStateLabel: string | null, registryNumber: string | null } | null, sealedCopies: Array<{ id: string, documentCode: string, title: string, versionLabel: string, versionNumber: number, acceptedSha256: string, embedsOriginal: boolean, issuedAt: string, document: { filename: string, sha256: string, size: number, downloadUrl: string } }> } | null };

export type ReviewRequestCorrectionsMutationVariables = Exact<{
  input: RequestCorrectionsInput;
}>;


export type ReviewRequestCorrectionsMutation = { requestCorrections: { application: { id: string, status: ApplicationStatus } | null, correctionRequest: { id: string, registryNumber: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ReviewResolveApplicationMutationVariables = Exact<{
  input: ResolveApplicationInput;
}>;


export type ReviewResolveApplicationMutation = { resolveApplication: { application: { id: string, status: ApplicationStatus } | null, resolution: { id: string, registryNumber: string, kindLabel: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ReviewOpenHearingMutationVariables = Exact<{
  input: OpenHearingInput;
}>;


export type ReviewOpenHearingMutation = { openHearing: { application: { id: string, status: ApplicationStatus } | null, hearing: { id: string, noticeRegistryNumber: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ReviewOpenRevocationMutationVariables = Exact<{
  input: OpenRevocationInput;
}>;


export type ReviewOpenRevocationMutation = { openRevocation: { application: { id: string, status: ApplicationStatus } | null, revocation: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ReviewCloseRevocationMutationVariables = Exact<{
  input: CloseRevocationInput;
}>;


export type ReviewCloseRevocationMutation = { closeRevocation: { application: { id: string, status: ApplicationStatus } | null, revocation: { id: string, outcomeLabel: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ReviewRevokeGrantMutationVariables = Exact<{
  input: RevokeGrantInput;
}>;


export type ReviewRevokeGrantMutation = { revokeGrant: { application: { id: string, status: ApplicationStatus } | null, revocation: { id: string, outcomeLabel: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ReviewQualityReportQueryVariables = Exact<{
  provider: string;
  from: string;
  to: string;
}>;


export type ReviewQualityReportQuery = { provider: { id: string, name: string, qualityReport: { from: string, to: string, commitments: Array<{ resourceId: string, resourceCode: string, resourceTitle: string, indicator: QualityIndicator, indicatorLabel: string, occurrence: number, text: string, threshold: number, thresholdUnit: TermUnit | null, targetPercent: number, cases: number, casesMeeting: number, valuePercent: number | null, met: boolean | null, hardLimitBreaches: number, breaches: Array<{ applicationId: string, registryNumber: string | null, kind: QualityBreachKind, kindLabel: string, dueDate: string | null, day: string | null, businessDays: number | null, rating: number | null }> | null }> } } | null };

export type ReviewDecisionDelaysQueryVariables = Exact<{
  provider: string;
  pending?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReviewDecisionDelaysQuery = { decisionDelays: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, breachedAt: string, communicationDueDate: string, deadlineState: DeadlineState | null, deadlineStateLabel: string | null, communicatedAt: string | null, registryNumber: string | null, application: { id: string, registryNumber: string | null, statusLabel: string, localEntity: { id: string, name: string }, resource: { id: string, locale: Locale, code: string, title: string } | null } }> } };

export type ReviewDecisionDelayFragment = { id: string, breachedAt: string, communicationDueDate: string, deadlineState: DeadlineState | null, deadlineStateLabel: string | null, communicatedAt: string | null, causes: string | null, measures: string | null, registryNumber: string | null, notification: { id: string, document: { filename: string, sha256: string, downloadUrl: string } | null } | null };

export type ReviewApplicationDecisionDelayQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewApplicationDecisionDelayQuery = { application: { id: string, registryNumber: string | null, statusLabel: string, resolutionDueDate: string | null, localEntity: { id: string, name: string }, resource: { id: string, locale: Locale, code: string, title: string } | null, decisionDelay: { id: string, breachedAt: string, communicationDueDate: string, deadlineState: DeadlineState | null, deadlineStateLabel: string | null, communicatedAt: string | null, causes: string | null, measures: string | null, registryNumber: string | null, notification: { id: string, document: { filename: string, sha256: string, downloadUrl: string } | null } | null } | null } | null };

export type ReviewCommunicateDelayMutationVariables = Exact<{
  input: CommunicateDelayInput;
}>;


export type ReviewCommunicateDelayMutation = { communicateDelay: { decisionDelay: { id: string, breachedAt: string, communicationDueDate: string, deadlineState: DeadlineState | null, deadlineStateLabel: string | null, communicatedAt: string | null, causes: string | null, measures: string | null, registryNumber: string | null, notification: { id: string, document: { filename: string, sha256: string, downloadUrl: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsImportEntityIdentifiersMutationVariables = Exact<{
  input: ImportLocalEntityIdentifiersInput;
}>;


export type SettingsImportEntityIdentifiersMutation = { importLocalEntityIdentifiers: { report: { written: boolean, lineCount: number, matchedCount: number, unmatchedLines: Array<number>, changed: Array<{ line: number, changedFields: Array<LocalEntityIdentifierField>, localEntity: { id: string, code: string, name: string, nif: string | null, dir3Code: string | null } }>, unchanged: Array<{ line: number, localEntity: { id: string, code: string, name: string } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsWebhooksQueryVariables = Exact<{
  provider: string;
  subscriptionId?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type SettingsWebhooksQuery = { webhookSubscriptions: Array<{ id: string, url: string, description: string | null, topics: Array<string>, enabled: boolean, createdAt: string, disabledAt: string | null, previousSecretExpiresAt: string | null }>, webhookDeliveries: { totalCount: number, nodes: Array<{ id: string, subscriptionId: string, topic: string, objectId: string, messageId: string, status: WebhookDeliveryStatus, statusLabel: string, attempts: number, createdAt: string, lastAttemptAt: string | null, deliveredAt: string | null, nextAttemptAt: string | null, lastResponseCode: number | null, lastError: string | null, redeliveryOf: string | null }> } };

export type SettingsCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type SettingsCreateWebhookMutation = { createWebhookSubscription: { secret: string | null, subscription: { id: string, url: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsRotateWebhookSecretMutationVariables = Exact<{
  input: WebhookSubscriptionRefInput;
}>;


export type SettingsRotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string | null, subscription: { id: string, url: string, previousSecretExpiresAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsDisableWebhookMutationVariables = Exact<{
  input: WebhookSubscriptionRefInput;
}>;


export type SettingsDisableWebhookMutation = { disableWebhook: { subscription: { id: string, enabled: boolean, disabledAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsRedeliverWebhookMutationVariables = Exact<{
  input: RedeliverWebhookInput;
}>;


export type SettingsRedeliverWebhookMutation = { redeliverWebhook: { delivery: { id: string, status: WebhookDeliveryStatus } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsHolidaysQueryVariables = Exact<{
  provider: string;
  year: number;
  municipality?: string | null | undefined;
}>;


export type SettingsHolidaysQuery = { provider: { id: string, slug: string, seatMunicipalityCode: string } | null, holidays: Array<{ date: string, name: string, scope: HolidayScope, scopeLabel: string, municipality: string | null, source: string, replaces: string | null }> };

export type SettingsMunicipalitiesQueryVariables = Exact<{
  filter: LocalEntityFilter;
  first?: number | null | undefined;
}>;


export type SettingsMunicipalitiesQuery = { localEntities: { totalCount: number, nodes: Array<{ id: string, ineCode: string | null, name: string }> } };

export type SettingsSetHolidaysMutationVariables = Exact<{
  input: SetHolidaysInput;
}>;


export type SettingsSetHolidaysMutation = { setHolidays: { holidays: Array<{ date: string, name: string, scope: HolidayScope, municipality: string | null, source: string, replaces: string | null }> | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsImportLocalHolidaysMutationVariables = Exact<{
  input: ImportLocalHolidaysInput;
}>;


export type SettingsImportLocalHolidaysMutation = { importLocalHolidays: { report: { rows: number, matched: number, added: number, updated: number, unchanged: number, removed: number, unmatched: Array<string>, outsideTerritory: number } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsTaxonomyQueryVariables = Exact<{
  provider: string;
}>;


export type SettingsTaxonomyQuery = { provider: { slug: string, areas: Array<{ code: string, name: string, translations: Array<{ locale: Locale, name: string }> }>, programmes: Array<{ code: string, name: string, area: { code: string } | null, translations: Array<{ locale: Locale, name: string }> }>, catalogues: Array<{ code: string, name: string, startDate: string | null, endDate: string | null, translations: Array<{ locale: Locale, name: string }> }>, units: Array<{ code: string, name: string, acronym: string | null, contactPoint: { phone: string | null, email: string | null, contactFormUrl: string | null, website: string | null }, translations: Array<{ locale: Locale, name: string }> }> } | null };

export type SettingsSaveAreaMutationVariables = Exact<{
  input: SaveAreaInput;
}>;


export type SettingsSaveAreaMutation = { saveArea: { created: boolean, item: { code: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsSaveProgrammeMutationVariables = Exact<{
  input: SaveProgrammeInput;
}>;


export type SettingsSaveProgrammeMutation = { saveProgramme: { created: boolean, item: { code: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsSaveCatalogueMutationVariables = Exact<{
  input: SaveCatalogueInput;
}>;


export type SettingsSaveCatalogueMutation = { saveCatalogue: { created: boolean, item: { code: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsSaveProviderUnitMutationVariables = Exact<{
  input: SaveProviderUnitInput;
}>;


export type SettingsSaveProviderUnitMutation = { saveProviderUnit: { created: boolean, item: { code: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsDeleteTaxonomyItemMutationVariables = Exact<{
  input: DeleteTaxonomyItemInput;
}>;


export type SettingsDeleteTaxonomyItemMutation = { deleteTaxonomyItem: { deletedCode: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ResourceFormContentFragment = { kind: ResourceKind, provisionType: ProvisionType | null, audience: Array<LocalEntityType>, sdgs: Array<number>, catalogueCode: string | null, areaCode: string | null, programmeCode: string | null, unitCode: string | null, grantProcedure: GrantProcedure | null, silenceEffect: SilenceEffect | null, maxApplicationsPerEntity: number | null, modality: Array<{ locale: Locale, text: string }> | null, channel: { kind: ChannelKind, url: string | null, name: Array<{ locale: Locale, text: string }> | null } | null, resolutionTerm: { amount: number, unit: TermUnit } | null, translations: Array<{ locale: Locale, title: string, summary: string | null, description: string | null, applicationConditions: string | null, executionConditions: string | null, afterApplication: string | null, revocationConditions: string | null, resolutionTermNote: string | null }>, requirements: Array<{ code: string | null, verification: RequirementVerification, documentCode: string | null, text: Array<{ locale: Locale, text: string }> }>, documents: Array<{ code: string, kind: ResourceDocumentKind, fileId: string | null, version: string, url: string, mediaType: string, sha256: string, mustAccept: boolean, mustAttach: boolean, signedCopyOnAcceptance: boolean, title: Array<{ locale: Locale, text: string }> }>, serviceOptions: Array<{ code: string, recommended: boolean, name: Array<{ locale: Locale, text: string }> }>, applicationWindows: Array<{ label: string | null, opensOn: string, closesOn: string }>, qualityCommitments: Array<{ indicator: QualityIndicator, threshold: number, thresholdUnit: TermUnit | null, targetPercent: number, hardLimitAmount: number | null, hardLimitUnit: TermUnit | null, text: Array<{ locale: Locale, text: string }>, breachAction: Array<{ locale: Locale, text: string }> | null }>, legalReferences: Array<{ url: string | null, eli: string | null, title: Array<{ locale: Locale, text: string }> }>, procedureSteps: Array<{ kind: ProcedureStepKind, title: Array<{ locale: Locale, text: string }> }>, interlocutorRoles: Array<{ code: string, required: boolean, name: Array<{ locale: Locale, text: string }> }>, survey: Array<{ code: string, kind: SurveyQuestionKind, fitToNeeds: boolean, required: boolean, text: Array<{ locale: Locale, text: string }> }> };

export const ReviewDecisionDelayFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDecisionDelay"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionDelay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"communicationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"causes"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewDecisionDelayFragment, unknown>;
export const ResourceFormContentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFormContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"modality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisionType"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"sdgs"}},{"kind":"Field","name":{"kind":"Name","value":"catalogueCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantProcedure"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"silenceEffect"}},{"kind":"Field","name":{"kind":"Name","value":"maxApplicationsPerEntity"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"applicationConditions"}},{"kind":"Field","name":{"kind":"Name","value":"executionConditions"}},{"kind":"Field","name":{"kind":"Name","value":"afterApplication"}},{"kind":"Field","name":{"kind":"Name","value":"revocationConditions"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionTermNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"documentCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mustAccept"}},{"kind":"Field","name":{"kind":"Name","value":"mustAttach"}},{"kind":"Field","name":{"kind":"Name","value":"signedCopyOnAcceptance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommended"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityCommitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetPercent"}},{"kind":"Field","name":{"kind":"Name","value":"hardLimitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"hardLimitUnit"}},{"kind":"Field","name":{"kind":"Name","value":"breachAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalReferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eli"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedureSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interlocutorRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fitToNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]} as unknown as DocumentNode<ResourceFormContentFragment, unknown>;
export const EditorResourceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorResourceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"TITLE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableLocales"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}}]}}]}}]}}]} as unknown as DocumentNode<EditorResourceListQuery, EditorResourceListQueryVariables>;
export const EditorProviderTaxonomyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorProviderTaxonomy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EditorProviderTaxonomyQuery, EditorProviderTaxonomyQueryVariables>;
export const EditorResourceFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorResourceForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"preview"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"availableLocales"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFormContent"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFormContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"modality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisionType"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"sdgs"}},{"kind":"Field","name":{"kind":"Name","value":"catalogueCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantProcedure"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"silenceEffect"}},{"kind":"Field","name":{"kind":"Name","value":"maxApplicationsPerEntity"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"applicationConditions"}},{"kind":"Field","name":{"kind":"Name","value":"executionConditions"}},{"kind":"Field","name":{"kind":"Name","value":"afterApplication"}},{"kind":"Field","name":{"kind":"Name","value":"revocationConditions"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionTermNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"documentCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mustAccept"}},{"kind":"Field","name":{"kind":"Name","value":"mustAttach"}},{"kind":"Field","name":{"kind":"Name","value":"signedCopyOnAcceptance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommended"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityCommitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetPercent"}},{"kind":"Field","name":{"kind":"Name","value":"hardLimitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"hardLimitUnit"}},{"kind":"Field","name":{"kind":"Name","value":"breachAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalReferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eli"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedureSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interlocutorRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fitToNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]} as unknown as DocumentNode<EditorResourceFormQuery, EditorResourceFormQueryVariables>;
export const EditorPublicationPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorPublicationPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"preview"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publicationCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishable"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicationSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]} as unknown as DocumentNode<EditorPublicationPanelQuery, EditorPublicationPanelQueryVariables>;
export const EditorCreateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorCreateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EditorCreateResourceMutation, EditorCreateResourceMutationVariables>;
export const EditorSaveResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorSaveResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"availableLocales"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFormContent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFormContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"modality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisionType"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"sdgs"}},{"kind":"Field","name":{"kind":"Name","value":"catalogueCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantProcedure"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"silenceEffect"}},{"kind":"Field","name":{"kind":"Name","value":"maxApplicationsPerEntity"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"applicationConditions"}},{"kind":"Field","name":{"kind":"Name","value":"executionConditions"}},{"kind":"Field","name":{"kind":"Name","value":"afterApplication"}},{"kind":"Field","name":{"kind":"Name","value":"revocationConditions"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionTermNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"documentCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mustAccept"}},{"kind":"Field","name":{"kind":"Name","value":"mustAttach"}},{"kind":"Field","name":{"kind":"Name","value":"signedCopyOnAcceptance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommended"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityCommitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetPercent"}},{"kind":"Field","name":{"kind":"Name","value":"hardLimitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"hardLimitUnit"}},{"kind":"Field","name":{"kind":"Name","value":"breachAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalReferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eli"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedureSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interlocutorRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fitToNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]} as unknown as DocumentNode<EditorSaveResourceMutation, EditorSaveResourceMutationVariables>;
export const EditorPublishResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorPublishResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EditorPublishResourceMutation, EditorPublishResourceMutationVariables>;
export const EditorUnpublishResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorUnpublishResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EditorUnpublishResourceMutation, EditorUnpublishResourceMutationVariables>;
export const EditorArchiveResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorArchiveResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EditorArchiveResourceMutation, EditorArchiveResourceMutationVariables>;
export const EditorSchedulePublicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorSchedulePublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleResourcePublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleResourcePublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EditorSchedulePublicationMutation, EditorSchedulePublicationMutationVariables>;
export const EditorCancelScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorCancelSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelResourcePublicationScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelResourcePublicationSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EditorCancelScheduleMutation, EditorCancelScheduleMutationVariables>;
export const EditorResourceRevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorResourceRevisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"preview"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditorResourceRevisionsQuery, EditorResourceRevisionsQueryVariables>;
export const EditorRestoreRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorRestoreRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreResourceRevisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreResourceRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EditorRestoreRevisionMutation, EditorRestoreRevisionMutationVariables>;
export const EditorConflictingVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorConflictingVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"preview"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFormContent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFormContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"modality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisionType"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"sdgs"}},{"kind":"Field","name":{"kind":"Name","value":"catalogueCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantProcedure"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"silenceEffect"}},{"kind":"Field","name":{"kind":"Name","value":"maxApplicationsPerEntity"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"applicationConditions"}},{"kind":"Field","name":{"kind":"Name","value":"executionConditions"}},{"kind":"Field","name":{"kind":"Name","value":"afterApplication"}},{"kind":"Field","name":{"kind":"Name","value":"revocationConditions"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionTermNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"documentCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mustAccept"}},{"kind":"Field","name":{"kind":"Name","value":"mustAttach"}},{"kind":"Field","name":{"kind":"Name","value":"signedCopyOnAcceptance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommended"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityCommitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetPercent"}},{"kind":"Field","name":{"kind":"Name","value":"hardLimitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"hardLimitUnit"}},{"kind":"Field","name":{"kind":"Name","value":"breachAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalReferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eli"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedureSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interlocutorRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fitToNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]} as unknown as DocumentNode<EditorConflictingVersionQuery, EditorConflictingVersionQueryVariables>;
export const AdminViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nif"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminViewerQuery, AdminViewerQueryVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"RESOLUTION_DUE_DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"localEntity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewApplicationFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewApplicationFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"agreementDate"}},{"kind":"Field","name":{"kind":"Name","value":"selectedServices"}},{"kind":"Field","name":{"kind":"Name","value":"declaredRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nif"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localEntity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nif"}},{"kind":"Field","name":{"kind":"Name","value":"dir3Code"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentSha256"}},{"kind":"Field","name":{"kind":"Name","value":"signatureFormat"}},{"kind":"Field","name":{"kind":"Name","value":"signatureFormatLabel"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interlocutors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nif"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentCode"}},{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registryEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"directionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"subjectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentSha256"}},{"kind":"Field","name":{"kind":"Name","value":"signatureFormat"}},{"kind":"Field","name":{"kind":"Name","value":"signatureFormatLabel"}},{"kind":"Field","name":{"kind":"Name","value":"signerNif"}},{"kind":"Field","name":{"kind":"Name","value":"seal"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDateHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"act"}},{"kind":"Field","name":{"kind":"Name","value":"actLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"madeAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deemedRejectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"termDays"}},{"kind":"Field","name":{"kind":"Name","value":"termLastDay"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerRegistryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedDays"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"requirementCode"}},{"kind":"Field","name":{"kind":"Name","value":"documentCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hearings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"termDays"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"termOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"concluded"}},{"kind":"Field","name":{"kind":"Name","value":"noticeRegistryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"allegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"competentBody"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deficiencies"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"lapsesAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDayToResolve"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"competentBody"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDelay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communicationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sealedCopies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedSha256"}},{"kind":"Field","name":{"kind":"Name","value":"embedsOriginal"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewApplicationFileQuery, ReviewApplicationFileQueryVariables>;
export const ReviewRequestCorrectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewRequestCorrections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestCorrectionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCorrections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewRequestCorrectionsMutation, ReviewRequestCorrectionsMutationVariables>;
export const ReviewResolveApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewResolveApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewResolveApplicationMutation, ReviewResolveApplicationMutationVariables>;
export const ReviewOpenHearingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewOpenHearing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenHearingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openHearing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hearing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeRegistryNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewOpenHearingMutation, ReviewOpenHearingMutationVariables>;
export const ReviewOpenRevocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewOpenRevocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenRevocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openRevocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewOpenRevocationMutation, ReviewOpenRevocationMutationVariables>;
export const ReviewCloseRevocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewCloseRevocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseRevocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeRevocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewCloseRevocationMutation, ReviewCloseRevocationMutationVariables>;
export const ReviewRevokeGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewRevokeGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewRevokeGrantMutation, ReviewRevokeGrantMutationVariables>;
export const ReviewQualityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQualityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qualityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"resourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetPercent"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"casesMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"valuePercent"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"hardLimitBreaches"}},{"kind":"Field","name":{"kind":"Name","value":"breaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"businessDays"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQualityReportQuery, ReviewQualityReportQueryVariables>;
export const ReviewDecisionDelaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewDecisionDelays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pending"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionDelays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"pending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pending"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"communicationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"localEntity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewDecisionDelaysQuery, ReviewDecisionDelaysQueryVariables>;
export const ReviewApplicationDecisionDelayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewApplicationDecisionDelay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"localEntity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDelay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDecisionDelay"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDecisionDelay"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionDelay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"communicationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"causes"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewApplicationDecisionDelayQuery, ReviewApplicationDecisionDelayQueryVariables>;
export const ReviewCommunicateDelayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewCommunicateDelay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicateDelayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicateDelay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionDelay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDecisionDelay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDecisionDelay"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionDelay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"communicationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"causes"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewCommunicateDelayMutation, ReviewCommunicateDelayMutationVariables>;
export const SettingsImportEntityIdentifiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsImportEntityIdentifiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportLocalEntityIdentifiersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLocalEntityIdentifiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"matchedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchedLines"}},{"kind":"Field","name":{"kind":"Name","value":"changed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"localEntity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nif"}},{"kind":"Field","name":{"kind":"Name","value":"dir3Code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"localEntity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsImportEntityIdentifiersMutation, SettingsImportEntityIdentifiersMutationVariables>;
export const SettingsWebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsWebhooks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSubscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"subscriptionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"redeliveryOf"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsWebhooksQuery, SettingsWebhooksQueryVariables>;
export const SettingsCreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsCreateWebhookMutation, SettingsCreateWebhookMutationVariables>;
export const SettingsRotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsRotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscriptionRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsRotateWebhookSecretMutation, SettingsRotateWebhookSecretMutationVariables>;
export const SettingsDisableWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsDisableWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscriptionRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsDisableWebhookMutation, SettingsDisableWebhookMutationVariables>;
export const SettingsRedeliverWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsRedeliverWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeliverWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsRedeliverWebhookMutation, SettingsRedeliverWebhookMutationVariables>;
export const SettingsHolidaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsHolidays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"seatMunicipalityCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"scopeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"}}]}}]}}]} as unknown as DocumentNode<SettingsHolidaysQuery, SettingsHolidaysQueryVariables>;
export const SettingsMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsMunicipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalEntityFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ineCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsMunicipalitiesQuery, SettingsMunicipalitiesQueryVariables>;
export const SettingsSetHolidaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsSetHolidays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetHolidaysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHolidays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsSetHolidaysMutation, SettingsSetHolidaysMutationVariables>;
export const SettingsImportLocalHolidaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsImportLocalHolidays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportLocalHolidaysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLocalHolidays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"outsideTerritory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsImportLocalHolidaysMutation, SettingsImportLocalHolidaysMutationVariables>;
export const SettingsTaxonomyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsTaxonomy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"EnumValue","value":"CA"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"contactPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactFormUrl"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsTaxonomyQuery, SettingsTaxonomyQueryVariables>;
export const SettingsSaveAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsSaveArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveAreaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsSaveAreaMutation, SettingsSaveAreaMutationVariables>;
export const SettingsSaveProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsSaveProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsSaveProgrammeMutation, SettingsSaveProgrammeMutationVariables>;
export const SettingsSaveCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsSaveCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveCatalogueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsSaveCatalogueMutation, SettingsSaveCatalogueMutationVariables>;
export const SettingsSaveProviderUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsSaveProviderUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveProviderUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveProviderUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsSaveProviderUnitMutation, SettingsSaveProviderUnitMutationVariables>;
export const SettingsDeleteTaxonomyItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsDeleteTaxonomyItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTaxonomyItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTaxonomyItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedCode"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsDeleteTaxonomyItemMutation, SettingsDeleteTaxonomyItemMutationVariables>;