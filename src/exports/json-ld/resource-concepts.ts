import { Locale } from '../../i18n/locale';
import { LocalEntityType } from '../../tenancy/local-entity-type';
import {
  ChannelKind, GrantProcedure, ProvisionType, RequirementVerification, ResourceDocumentKind, ResourceKind, ResourceStatus,
} from '../../catalogue/resource-enums';

/**
 * Preferred labels of the concepts a fitxa export refers to. CPSV-AP's SHACL shapes require every
 * referenced concept to be in the document as a `skos:Concept`, and a concept without a label is
 * of no use to a reader, so each code the export uses has labels here (Catalan, Spanish, English).
 */
export interface Labels { ca: string; es: string; en: string }

export const RESOURCE_KIND_LABELS: Record<ResourceKind, Labels> = {
  TECHNICAL: { ca: 'Recurs tècnic', es: 'Recurso técnico', en: 'Technical resource' },
  MATERIAL: { ca: 'Recurs material', es: 'Recurso material', en: 'Material resource' },
  ECONOMIC: { ca: 'Recurs econòmic', es: 'Recurso económico', en: 'Economic resource' },
};

export const RESOURCE_STATUS_LABELS: Record<ResourceStatus, Labels> = {
  DRAFT: { ca: 'Esborrany', es: 'Borrador', en: 'Draft' },
  PUBLISHED: { ca: 'Publicat', es: 'Publicado', en: 'Published' },
  UNPUBLISHED: { ca: 'Retirat', es: 'Retirado', en: 'Withdrawn' },
  ARCHIVED: { ca: 'Arxivat', es: 'Archivado', en: 'Archived' },
};

export const PROVISION_TYPE_LABELS: Record<ProvisionType, Labels> = {
  CONTINUOUS: { ca: 'Prestació continuada', es: 'Prestación continuada', en: 'Continuous provision' },
  ONE_OFF: { ca: 'Prestació puntual', es: 'Prestación puntual', en: 'One-off provision' },
};

export const GRANT_PROCEDURE_LABELS: Record<GrantProcedure, Labels> = {
  DIRECT_WITH_CONCURRENCE: {
    ca: 'Concessió directa amb concurrència', es: 'Concesión directa con concurrencia', en: 'Direct award with concurrence',
  },
  COMPETITIVE: { ca: 'Concurrència competitiva', es: 'Concurrencia competitiva', en: 'Competitive award' },
  DIRECT: { ca: 'Concessió directa', es: 'Concesión directa', en: 'Direct award' },
  MANAGEMENT_ENTRUSTMENT: { ca: 'Encàrrec de gestió', es: 'Encargo de gestión', en: 'Management entrustment' },
};

export const REQUIREMENT_VERIFICATION_LABELS: Record<RequirementVerification, Labels> = {
  ELIGIBILITY: { ca: "Condició de l'ens sol·licitant", es: 'Condición del ente solicitante', en: 'Applicant eligibility' },
  DECLARATION: { ca: 'Declaració responsable', es: 'Declaración responsable', en: 'Declaration by the applicant' },
  DOCUMENT_ACCEPTANCE: { ca: "Acceptació d'un document", es: 'Aceptación de un documento', en: 'Acceptance of a document' },
  STAFF_RECORD: {
    ca: 'Fet que consta a la unitat prestadora', es: 'Hecho que consta a la unidad prestadora', en: "Fact recorded by the provider's staff",
  },
  DIGITAL_CERTIFICATE: {
    ca: 'Identificació amb certificat digital', es: 'Identificación con certificado digital', en: 'Identification with a digital certificate',
  },
  ENTITY_AGREEMENT: {
    ca: "Acord de l'òrgan de govern de l'ens", es: 'Acuerdo del órgano de gobierno del ente', en: "Agreement of the entity's governing body",
  },
};

export const DOCUMENT_KIND_LABELS: Record<ResourceDocumentKind, Labels> = {
  CONDITIONS_OF_ACCESS: { ca: "Condicions d'accés i ús", es: 'Condiciones de acceso y uso', en: 'Conditions of access and use' },
  MANAGEMENT_AGREEMENT: { ca: "Conveni d'encàrrec de gestió", es: 'Convenio de encargo de gestión', en: 'Management entrustment agreement' },
  DATA_PROCESSING_CONTRACT: {
    ca: "Contracte d'encarregat del tractament", es: 'Contrato de encargado del tratamiento', en: 'Data processing agreement',
  },
  FORM: { ca: 'Formulari', es: 'Formulario', en: 'Form' },
  OTHER: { ca: 'Altres documents', es: 'Otros documentos', en: 'Other documents' },
};

export const CHANNEL_KIND_LABELS: Record<ChannelKind, Labels> = {
  PROCESSING_PORTAL: { ca: 'Portal de tramitació', es: 'Portal de tramitación', en: 'Processing portal' },
  ELECTRONIC_OFFICE: { ca: 'Seu electrònica', es: 'Sede electrónica', en: 'Electronic office' },
  EMAIL: { ca: 'Correu electrònic', es: 'Correo electrónico', en: 'E-mail' },
  IN_PERSON: { ca: 'Presencial', es: 'Presencial', en: 'In person' },
};

export const LOCAL_ENTITY_TYPE_LABELS: Record<LocalEntityType, Labels> = {
  AJUNTAMENT: { ca: 'Ajuntament', es: 'Ayuntamiento', en: 'Municipal council' },
  CONSELL_COMARCAL: { ca: 'Consell comarcal', es: 'Consejo comarcal', en: 'County council' },
  MANCOMUNITAT: { ca: 'Mancomunitat', es: 'Mancomunidad', en: 'Association of municipalities' },
  EMD: { ca: 'Entitat municipal descentralitzada', es: 'Entidad municipal descentralizada', en: 'Decentralised municipal entity' },
  CONSORCI: { ca: 'Consorci', es: 'Consorcio', en: 'Consortium' },
  DIPUTACIO: { ca: 'Diputació', es: 'Diputación', en: 'Provincial council' },
  ALTRES: { ca: 'Altres ens', es: 'Otros entes', en: 'Other entities' },
};

/** The texts of a fitxa exported as `cpsv:Rule`s, by the concept that types each rule. */
export type RuleKind =
  | 'APPLICATION_CONDITIONS' | 'EXECUTION_CONDITIONS' | 'REVOCATION_CONDITIONS' | 'AFTER_APPLICATION' | 'RESOLUTION_TERM'
  | 'QUALITY_COMMITMENT' | 'SATISFACTION_SURVEY';

export const RULE_KIND_LABELS: Record<RuleKind, Labels> = {
  APPLICATION_CONDITIONS: { ca: 'Condicions de sol·licitud', es: 'Condiciones de solicitud', en: 'Application conditions' },
  EXECUTION_CONDITIONS: {
    ca: "Condicions d'execució i justificació", es: 'Condiciones de ejecución y justificación', en: 'Execution and justification conditions',
  },
  REVOCATION_CONDITIONS: { ca: 'Revocació del suport', es: 'Revocación del apoyo', en: 'Revocation of the support' },
  AFTER_APPLICATION: { ca: 'Després de la sol·licitud', es: 'Después de la solicitud', en: 'After the application' },
  RESOLUTION_TERM: { ca: 'Termini màxim de resolució', es: 'Plazo máximo de resolución', en: 'Maximum resolution term' },
  QUALITY_COMMITMENT: { ca: 'Compromís de qualitat', es: 'Compromiso de calidad', en: 'Quality commitment' },
  SATISFACTION_SURVEY: { ca: 'Enquesta de satisfacció', es: 'Encuesta de satisfacción', en: 'Satisfaction survey' },
};

/** The UN Sustainable Development Goals, numbered 1–17 (index 0 is goal 1). */
export const SDG_LABELS: readonly Labels[] = [
  { ca: 'Fi de la pobresa', es: 'Fin de la pobreza', en: 'No poverty' },
  { ca: 'Fam zero', es: 'Hambre cero', en: 'Zero hunger' },
  { ca: 'Salut i benestar', es: 'Salud y bienestar', en: 'Good health and well-being' },
  { ca: 'Educació de qualitat', es: 'Educación de calidad', en: 'Quality education' },
  { ca: 'Igualtat de gènere', es: 'Igualdad de género', en: 'Gender equality' },
  { ca: 'Aigua neta i sanejament', es: 'Agua limpia y saneamiento', en: 'Clean water and sanitation' },
  { ca: 'Energia neta i assequible', es: 'Energía asequible y no contaminante', en: 'Affordable and clean energy' },
  { ca: 'Treball digne i creixement econòmic', es: 'Trabajo decente y crecimiento económico', en: 'Decent work and economic growth' },
  { ca: 'Indústria, innovació i infraestructures', es: 'Industria, innovación e infraestructura', en: 'Industry, innovation and infrastructure' },
  { ca: 'Reducció de les desigualtats', es: 'Reducción de las desigualdades', en: 'Reduced inequalities' },
  { ca: 'Ciutats i comunitats sostenibles', es: 'Ciudades y comunidades sostenibles', en: 'Sustainable cities and communities' },
  { ca: 'Producció i consum responsables', es: 'Producción y consumo responsables', en: 'Responsible consumption and production' },
  { ca: 'Acció climàtica', es: 'Acción por el clima', en: 'Climate action' },
  { ca: 'Vida submarina', es: 'Vida submarina', en: 'Life below water' },
  { ca: 'Vida terrestre', es: 'Vida de ecosistemas terrestres', en: 'Life on land' },
  { ca: 'Pau, justícia i institucions sòlides', es: 'Paz, justicia e instituciones sólidas', en: 'Peace, justice and strong institutions' },
  { ca: 'Aliança pels objectius', es: 'Alianzas para lograr los objetivos', en: 'Partnerships for the goals' },
];

/** The UN's own IRI for a goal, from its SDG knowledge organization system. */
export const sdgIri = (goal: number) => `http://metadata.un.org/sdg/${goal}`;

/** Catalan provinces by INE code, as their NUTS 3 regions in the EU's NUTS vocabulary. */
export const PROVINCES: Record<string, { nuts: string; name: string }> = {
  '08': { nuts: 'ES511', name: 'Barcelona' },
  '17': { nuts: 'ES512', name: 'Girona' },
  '25': { nuts: 'ES513', name: 'Lleida' },
  '43': { nuts: 'ES514', name: 'Tarragona' },
};

export const nutsIri = (code: string) => `http://data.europa.eu/nuts/code/${code}`;

/** The catalogue's languages in the EU Publications Office's language authority table. */
export const LANGUAGES: Record<Locale, { iri: string; labels: Labels }> = {
  CA: { iri: 'http://publications.europa.eu/resource/authority/language/CAT', labels: { ca: 'català', es: 'catalán', en: 'Catalan' } },
  ES: { iri: 'http://publications.europa.eu/resource/authority/language/SPA', labels: { ca: 'castellà', es: 'castellano', en: 'Spanish' } },
  EN: { iri: 'http://publications.europa.eu/resource/authority/language/ENG', labels: { ca: 'anglès', es: 'inglés', en: 'English' } },
  OC: { iri: 'http://publications.europa.eu/resource/authority/language/OCI', labels: { ca: 'occità (aranès)', es: 'occitano (aranés)', en: 'Occitan (Aranese)' } },
};
