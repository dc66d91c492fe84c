import {
  ChannelKind, GrantProcedure, ProcedureStepKind, ProvisionType, QualityIndicator, RequirementVerification,
  ResourceDocumentKind, ResourceKind, ResourceStatus, SilenceEffect, SurveyQuestionKind, TermUnit,
} from '../catalogue/resource-enums';
import { Locale } from '../i18n/locale';
import { LocalEntityType } from '../tenancy/local-entity-type';
import { registerDescribedEnum } from './described-enum';

/** Registers the domain enums with GraphQL once, with descriptions of the type and of each value. */
registerDescribedEnum(Locale, {
  name: 'Locale',
  description: 'Languages of the catalogue; Catalan (CA) is the fallback.',
  values: {
    CA: 'Catalan (català); served when a text has no translation in the language asked for.',
    ES: 'Spanish (castellano).',
    EN: 'English.',
    OC: "Occitan (aranès), official in the Val d'Aran.",
  },
});
registerDescribedEnum(LocalEntityType, {
  name: 'LocalEntityType',
  description: 'Kinds of local government (ens local).',
  values: {
    AJUNTAMENT: 'A municipality (ajuntament).',
    CONSELL_COMARCAL: 'A county council (consell comarcal).',
    MANCOMUNITAT: 'An association of municipalities (mancomunitat).',
    EMD: 'A decentralised municipal entity (entitat municipal descentralitzada).',
    CONSORCI: 'A consortium (consorci) of public administrations.',
    DIPUTACIO: 'A provincial council (diputació).',
    ALTRES: 'Any other local public body.',
  },
});
registerDescribedEnum(ResourceKind, {
  name: 'ResourceKind',
  description: 'Tipus de recurs: technical, material or economic support.',
  values: {
    TECHNICAL: 'Technical support (suport tècnic): services and activities the provider carries out for the entity.',
    MATERIAL: 'Material support (suport material): goods, equipment or services delivered in kind.',
    ECONOMIC: 'Economic support (suport econòmic): a financial contribution.',
  },
});
registerDescribedEnum(ResourceStatus, {
  name: 'ResourceStatus',
  description: 'Editorial state of a fitxa.',
  values: {
    DRAFT: "Never published; only the provider's editors see it.",
    PUBLISHED: 'A published version is served to the public.',
    UNPUBLISHED: 'Withdrawn from the public catalogue; may be published again.',
    ARCHIVED: 'Kept for the record; no longer offered.',
  },
});
registerDescribedEnum(TermUnit, {
  name: 'TermUnit',
  description: 'Units of a legal term (Llei 39/2015 art. 30).',
  values: {
    MONTHS: 'Months, counted date to date from the day after the act (art. 30.4).',
    BUSINESS_DAYS: 'Business days (dies hàbils): Saturdays, Sundays and holidays do not count (art. 30.2).',
    CALENDAR_DAYS: 'Calendar days (dies naturals): every day counts.',
    HOURS: 'Hours, counted hour by hour from the minute of the act, only those of business days; at most 24 (art. 30.1).',
  },
});
registerDescribedEnum(SilenceEffect, {
  name: 'SilenceEffect',
  description: 'Effect of the absence of a resolution in time (silenci administratiu).',
  values: {
    POSITIVE: 'The application is deemed granted (silenci positiu, Llei 39/2015 art. 24).',
    NEGATIVE: 'The application is deemed rejected (silenci negatiu, Llei 39/2015 art. 24).',
  },
});
registerDescribedEnum(ProvisionType, {
  name: 'ProvisionType',
  description: 'Whether the resource is provided continuously or once.',
  values: {
    CONTINUOUS: 'Provided for as long as the entity needs it (prestació continuada).',
    ONE_OFF: 'Provided once.',
  },
});
registerDescribedEnum(RequirementVerification, {
  name: 'RequirementVerification',
  description: 'How a requirement (requisit de concessió) is checked.',
  values: {
    ELIGIBILITY: "The entity's type is in the audience and it lies in the provider's territory.",
    DECLARATION: 'The applicant declares it in the application (declaració responsable).',
    DOCUMENT_ACCEPTANCE: 'The applicant accepts a condition document, in the version shown.',
    STAFF_RECORD: "A fact the provider's staff record, e.g. a planning meeting held.",
    DIGITAL_CERTIFICATE: 'The applicant identifies with a qualified digital certificate.',
    ENTITY_AGREEMENT: "The entity's governing body adopted an agreement, whose date the applicant gives.",
  },
});
registerDescribedEnum(ResourceDocumentKind, {
  name: 'ResourceDocumentKind',
  description: 'Kinds of documents of a fitxa.',
  values: {
    CONDITIONS_OF_ACCESS: "Conditions of access and use (condicions d'accés i ús).",
    MANAGEMENT_AGREEMENT: "Management entrustment agreement (conveni d'encàrrec de gestió).",
    DATA_PROCESSING_CONTRACT: "Data processing contract (contracte d'encarregat de tractament).",
    FORM: 'A form the applicant fills in and attaches, e.g. the designation of interlocutors.',
    OTHER: 'Anything else: the rules governing the catalogue (règim regulador), guides.',
  },
});
registerDescribedEnum(QualityIndicator, {
  name: 'QualityIndicator',
  description: 'What a quality commitment measures.',
  values: {
    SURVEY_RATING_AT_LEAST: 'Share of survey ratings, on any question, at or above the threshold (out of 10).',
    FIT_TO_NEEDS_RATING_AT_LEAST: 'Share of "fit to needs" ratings at or above the threshold (out of 10).',
    DECISION_WITHIN_TERM: 'Share of decisions communicated within the threshold term, none beyond the hard limit.',
    BREACH_COMMUNICATED_WITHIN_TERM: 'Causes and measures communicated within the threshold term after a breach of the hard limit.',
  },
});
registerDescribedEnum(SurveyQuestionKind, {
  name: 'SurveyQuestionKind',
  description: "What a question of a fitxa's survey asks for.",
  values: {
    RATING: 'A rating: a whole number from 0 to 10.',
    FREE_TEXT: 'Free text, e.g. observations and proposals.',
  },
});
registerDescribedEnum(ProcedureStepKind, {
  name: 'ProcedureStepKind',
  description: 'Steps of the electronic application procedure.',
  values: {
    IDENTIFY: 'Identify with a digital certificate.',
    SELECT_ENTITY: 'Say which local entity you act for.',
    APPLICANT_DETAILS: "Check the applicant's details: name, NIF, position, e-mail and phone.",
    SELECT_SERVICES: 'Select the services asked for.',
    AGREEMENT_DATE: "Give the date of the entity's agreement.",
    ACCEPT_CONDITIONS: 'Accept the condition documents, exactly the versions shown.',
    DESIGNATE_INTERLOCUTORS: 'Designate a person for each interlocutor role (persones interlocutores).',
    ATTACH_FILES: 'Attach the documents the resource asks for.',
    DECLARATIONS: 'Make the responsible declarations (declaracions responsables).',
    SIGN: 'Sign the application and submit it.',
  },
});
registerDescribedEnum(ChannelKind, {
  name: 'ChannelKind',
  description: 'Channels through which a resource is requested.',
  values: {
    PROCESSING_PORTAL: "A processing portal: the Diputació de Barcelona's Portal de tramitació (PMT), or a provider's equivalent.",
    ELECTRONIC_OFFICE: "The provider's electronic office (seu electrònica).",
    EMAIL: 'By e-mail.',
    IN_PERSON: "In person, at the provider's offices.",
  },
});
registerDescribedEnum(GrantProcedure, {
  name: 'GrantProcedure',
  description: 'Procediment de concessió.',
  values: {
    DIRECT_WITH_CONCURRENCE: 'Direct grant with concurrence (concessió directa amb concurrència).',
    COMPETITIVE: 'Competitive award (concurrència competitiva).',
    DIRECT: 'Direct grant (concessió directa).',
    MANAGEMENT_ENTRUSTMENT: "Management entrustment (encàrrec de gestió): the entity entrusts the provider with managing a service.",
  },
});
