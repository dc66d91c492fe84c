import { LabelTable } from '../i18n/labels';
import { ResourceRevisionAction } from './resource-revision.entity';
import {
  ChannelKind, GrantProcedure, ProcedureStepKind, ProvisionType, QualityIndicator, RequirementVerification,
  ResourceDocumentKind, ResourceStatus, SilenceEffect, SurveyQuestionKind, TermUnit,
} from './resource-enums';

/*
 * Labels of the fitxa's enum values, in the wording of the Diputacions' own fitxes where they
 * have one ("Concessió directa amb concurrència", "Recurs de prestació continuada"). The kind and
 * audience tables live in src/i18n/labels.ts; the SDG names too.
 */

export const RESOURCE_STATUS_LABELS: LabelTable<ResourceStatus> = {
  DRAFT: { CA: 'Esborrany', ES: 'Borrador', EN: 'Draft' },
  PUBLISHED: { CA: 'Publicat', ES: 'Publicado', EN: 'Published' },
  UNPUBLISHED: { CA: 'Despublicat', ES: 'Despublicado', EN: 'Unpublished' },
  ARCHIVED: { CA: 'Arxivat', ES: 'Archivado', EN: 'Archived' },
};

/** Units as read after an amount ("3 mesos", "55 dies hàbils"). */
export const TERM_UNIT_LABELS: LabelTable<TermUnit> = {
  MONTHS: { CA: 'mesos', ES: 'meses', EN: 'months' },
  BUSINESS_DAYS: { CA: 'dies hàbils', ES: 'días hábiles', EN: 'business days' },
  CALENDAR_DAYS: { CA: 'dies naturals', ES: 'días naturales', EN: 'calendar days' },
  HOURS: { CA: 'hores', ES: 'horas', EN: 'hours' },
};

export const SILENCE_EFFECT_LABELS: LabelTable<SilenceEffect> = {
  POSITIVE: { CA: 'Silenci estimatori', ES: 'Silencio estimatorio', EN: 'Deemed granted' },
  NEGATIVE: { CA: 'Silenci desestimatori', ES: 'Silencio desestimatorio', EN: 'Deemed refused' },
};

export const PROVISION_TYPE_LABELS: LabelTable<ProvisionType> = {
  CONTINUOUS: { CA: 'Recurs de prestació continuada', ES: 'Recurso de prestación continuada', EN: 'Continuous provision' },
  ONE_OFF: { CA: 'Recurs de prestació puntual', ES: 'Recurso de prestación puntual', EN: 'One-off provision' },
};

export const REQUIREMENT_VERIFICATION_LABELS: LabelTable<RequirementVerification> = {
  ELIGIBILITY: { CA: "Condició de l'ens destinatari", ES: 'Condición del ente destinatario', EN: 'Eligibility of the entity' },
  DECLARATION: { CA: 'Declaració responsable', ES: 'Declaración responsable', EN: 'Declaration by the applicant' },
  DOCUMENT_ACCEPTANCE: { CA: 'Acceptació de document', ES: 'Aceptación de documento', EN: 'Acceptance of a document' },
  STAFF_RECORD: { CA: 'Comprovació de la unitat prestadora', ES: 'Comprobación de la unidad prestadora', EN: 'Checked by the provider unit' },
  DIGITAL_CERTIFICATE: { CA: 'Certificat digital', ES: 'Certificado digital', EN: 'Digital certificate' },
  ENTITY_AGREEMENT: { CA: "Acord de l'òrgan de govern", ES: 'Acuerdo del órgano de gobierno', EN: 'Agreement of the governing body' },
};

export const RESOURCE_DOCUMENT_KIND_LABELS: LabelTable<ResourceDocumentKind> = {
  CONDITIONS_OF_ACCESS: { CA: "Condicions d'accés i ús", ES: 'Condiciones de acceso y uso', EN: 'Conditions of access and use' },
  MANAGEMENT_AGREEMENT: { CA: "Conveni d'encàrrec de gestió", ES: 'Convenio de encargo de gestión', EN: 'Management entrustment agreement' },
  DATA_PROCESSING_CONTRACT: { CA: "Contracte d'encarregat de tractament", ES: 'Contrato de encargado del tratamiento', EN: 'Data processing agreement' },
  FORM: { CA: 'Formulari', ES: 'Formulario', EN: 'Form' },
  OTHER: { CA: 'Altres documents', ES: 'Otros documentos', EN: 'Other documents' },
};

export const SURVEY_QUESTION_KIND_LABELS: LabelTable<SurveyQuestionKind> = {
  RATING: { CA: 'Valoració de 0 a 10', ES: 'Valoración de 0 a 10', EN: 'Rating from 0 to 10' },
  FREE_TEXT: { CA: 'Text lliure', ES: 'Texto libre', EN: 'Free text' },
};

export const QUALITY_INDICATOR_LABELS: LabelTable<QualityIndicator> = {
  SURVEY_RATING_AT_LEAST: { CA: 'Valoració de la satisfacció', ES: 'Valoración de la satisfacción', EN: 'Satisfaction rating' },
  FIT_TO_NEEDS_RATING_AT_LEAST: { CA: 'Adequació a les necessitats', ES: 'Adecuación a las necesidades', EN: 'Fit to needs' },
  DECISION_WITHIN_TERM: { CA: 'Comunicació de la resolució en termini', ES: 'Comunicación de la resolución en plazo', EN: 'Decision communicated in time' },
  BREACH_COMMUNICATED_WITHIN_TERM: {
    CA: "Comunicació de les causes d'incompliment", ES: 'Comunicación de las causas del incumplimiento', EN: 'Causes of a breach communicated',
  },
};

export const PROCEDURE_STEP_KIND_LABELS: LabelTable<ProcedureStepKind> = {
  IDENTIFY: { CA: 'Identificació', ES: 'Identificación', EN: 'Identification' },
  SELECT_ENTITY: { CA: "Selecció de l'ens", ES: 'Selección del ente', EN: 'Choice of the entity' },
  APPLICANT_DETAILS: { CA: 'Dades de la persona sol·licitant', ES: 'Datos de la persona solicitante', EN: 'Applicant details' },
  SELECT_SERVICES: { CA: 'Selecció de serveis', ES: 'Selección de servicios', EN: 'Choice of services' },
  AGREEMENT_DATE: { CA: "Data de l'acord", ES: 'Fecha del acuerdo', EN: 'Date of the agreement' },
  ACCEPT_CONDITIONS: { CA: 'Acceptació de les condicions', ES: 'Aceptación de las condiciones', EN: 'Acceptance of the conditions' },
  DESIGNATE_INTERLOCUTORS: { CA: 'Persones interlocutores', ES: 'Personas interlocutoras', EN: 'Contact persons' },
  ATTACH_FILES: { CA: 'Documentació adjunta', ES: 'Documentación adjunta', EN: 'Attachments' },
  DECLARATIONS: { CA: 'Declaracions responsables', ES: 'Declaraciones responsables', EN: 'Declarations' },
  SIGN: { CA: 'Signatura i tramesa', ES: 'Firma y envío', EN: 'Signature and submission' },
};

export const CHANNEL_KIND_LABELS: LabelTable<ChannelKind> = {
  PROCESSING_PORTAL: { CA: 'Portal de tramitació', ES: 'Portal de tramitación', EN: 'Processing portal' },
  ELECTRONIC_OFFICE: { CA: 'Seu electrònica', ES: 'Sede electrónica', EN: 'Electronic office' },
  EMAIL: { CA: 'Correu electrònic', ES: 'Correo electrónico', EN: 'E-mail' },
  IN_PERSON: { CA: 'Presencial', ES: 'Presencial', EN: 'In person' },
};

export const GRANT_PROCEDURE_LABELS: LabelTable<GrantProcedure> = {
  DIRECT_WITH_CONCURRENCE: { CA: 'Concessió directa amb concurrència', ES: 'Concesión directa con concurrencia', EN: 'Direct award with concurrence' },
  COMPETITIVE: { CA: 'Concurrència competitiva', ES: 'Concurrencia competitiva', EN: 'Competitive award' },
  DIRECT: { CA: 'Concessió directa', ES: 'Concesión directa', EN: 'Direct award' },
  MANAGEMENT_ENTRUSTMENT: { CA: 'Encàrrec de gestió', ES: 'Encargo de gestión', EN: 'Management entrustment' },
};

/** What made a revision of the working draft, as the revision history shows it. */
export const RESOURCE_REVISION_ACTION_LABELS: LabelTable<ResourceRevisionAction> = {
  create: { CA: 'Creació', ES: 'Creación', EN: 'Created' },
  update: { CA: 'Desament', ES: 'Guardado', EN: 'Saved' },
  restore: { CA: 'Restauració', ES: 'Restauración', EN: 'Restored' },
};
