import {
  ChannelKind, GrantProcedure, ProcedureStepKind, ProvisionType, RequirementVerification, ResourceDocumentKind,
  ResourceKind, SilenceEffect, SurveyQuestionKind, TermUnit,
} from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { law } from './shared-fragments';

/**
 * Diputació de Lleida, "Encàrrec de gestió dels serveis d'assistència tècnica informàtica"
 * (source: shared/seeds/000_2e752edb9fadb33a.txt). The Spanish text is our translation.
 *
 * The page links both model documents with "#": their addresses below are stand-ins on the
 * provider's site, and their digests are sha256 of the label "diputacio-lleida-NNTT-EG-<document
 * code>-<version>" (e.g. sha256("diputacio-lleida-NNTT-EG-management-agreement-2025-1")), until
 * editors upload the real files.
 */
export const diputacioLleidaEncarrecGestio: ResourceSeed = {
  provider: 'diputacio-lleida',
  // The page shows no code; "NNTT-EG" (Noves Tecnologies, encàrrec de gestió) is our choice.
  code: 'NNTT-EG',
  kind: ResourceKind.TECHNICAL,
  modality: { CA: 'Encàrrec de gestió', ES: 'Encargo de gestión' },
  // The entrusted services run for as long as the agreement lasts.
  provisionType: ProvisionType.CONTINUOUS,
  // "els ens locals (Consells Comarcals, Ajuntaments, EMD's...) de la demarcació de Lleida"; the
  // ellipsis reads as including the mancomunitats, which run shared services of the same kind.
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.CONSELL_COMARCAL, LocalEntityType.EMD, LocalEntityType.MANCOMUNITAT],
  // The page lists no ODS; 9, 16 and 17 are our choice, as for DiBa's digital-government fitxa.
  sdgs: [9, 16, 17],
  catalogue: 'tramits-permanents',
  area: 'noves-tecnologies',
  programme: 'assistencia-tecnica-informatica',
  unit: 'servei-noves-tecnologies',
  channel: {
    kind: ChannelKind.ELECTRONIC_OFFICE,
    name: { CA: 'Seu electrònica de la Diputació de Lleida', ES: 'Sede electrónica de la Diputación de Lleida' },
  },
  grantProcedure: GrantProcedure.MANAGEMENT_ENTRUSTMENT,
  // The page states no term; Llei 39/2015 art. 21.3 sets three months when the rules of a procedure
  // fix none.
  resolutionTerm: { amount: 3, unit: TermUnit.MONTHS },
  // Our choice. An encàrrec de gestió between administrations takes effect through the agreement
  // both sign (Llei 40/2015 art. 11.3), and granting it hands the provider the running of the
  // entity's public services (art. 24.1 of Llei 39/2015 excludes positive silence where powers over
  // a public service would be transferred). Silence cannot produce a signed agreement: NEGATIVE.
  silenceEffect: SilenceEffect.NEGATIVE,
  translations: {
    CA: {
      title: "Encàrrec de gestió dels serveis d'assistència tècnica informàtica",
      summary: "L'objecte del present tràmit és la regulació de la forma i abast de l'encàrrec de gestió dels serveis d'assistència tècnica informàtica de l'ens local a la Diputació de Lleida.",
      description: [
        "L'objecte del present tràmit és la regulació de la forma i abast de l'encàrrec de gestió dels serveis d'assistència tècnica informàtica de l'ens local a la Diputació de Lleida.",
        "Els serveis que s'ofereixen per part del Departament de NNTT són: comptabilitat; gestió i recaptació de tributs en voluntària; gestor d'expedients i documents electrònics; gestor de continguts web; padró municipal d'habitants; plataforma digital col·laborativa; sistema d'informació geogràfica (SIG) i suport als usuaris.",
        "Tot i que no es tingui previst activar de forma immediata tots els serveis que actualment s'ofereixen per part del Departament de NNTT, des d'aquest, es recomana a l'ens local que es seleccionin en la seva totalitat.",
      ].join('\n\n'),
      afterApplication: "Una vegada el servei de Noves Tecnologies accepti la sol·licitud, rebreu les còpies degudament signades del Conveni d'encàrrec de gestió i del Contracte d'encarregat de tractament per a que procediu a la seva custòdia.",
      resolutionTermNote: "Tres mesos a partir de l'endemà de la presentació de la sol·licitud (termini supletori de l'article 21.3 de la Llei 39/2015).",
    },
    ES: {
      title: 'Encargo de gestión de los servicios de asistencia técnica informática',
      summary: 'El objeto del presente trámite es la regulación de la forma y el alcance del encargo de gestión de los servicios de asistencia técnica informática del ente local a la Diputación de Lleida.',
      description: [
        'El objeto del presente trámite es la regulación de la forma y el alcance del encargo de gestión de los servicios de asistencia técnica informática del ente local a la Diputación de Lleida.',
        'Los servicios que ofrece el Departamento de NNTT son: contabilidad; gestión y recaudación de tributos en voluntaria; gestor de expedientes y documentos electrónicos; gestor de contenidos web; padrón municipal de habitantes; plataforma digital colaborativa; sistema de información geográfica (SIG) y soporte a los usuarios.',
        'Aunque no se tenga previsto activar de forma inmediata todos los servicios que actualmente ofrece el Departamento de NNTT, este recomienda al ente local que se seleccionen en su totalidad.',
      ].join('\n\n'),
      afterApplication: 'Una vez el servicio de Nuevas Tecnologías acepte la solicitud, recibiréis las copias debidamente firmadas del Convenio de encargo de gestión y del Contrato de encargado de tratamiento para que procedáis a su custodia.',
      resolutionTermNote: 'Tres meses a partir del día siguiente a la presentación de la solicitud (plazo supletorio del artículo 21.3 de la Ley 39/2015).',
    },
  },
  requirements: [
    {
      text: {
        CA: "Podran sol·licitar els serveis, els ens locals (Consells Comarcals, Ajuntaments, EMD's...) de la demarcació de Lleida",
        ES: 'Podrán solicitar los servicios los entes locales (Consejos Comarcales, Ayuntamientos, EMD...) de la demarcación de Lleida',
      },
      verification: RequirementVerification.ELIGIBILITY,
    },
    {
      text: {
        CA: "Els ens locals hauran d'acordar l'encàrrec de gestió dels serveis d'assistència tècnica informàtica.",
        ES: 'Los entes locales deberán acordar el encargo de gestión de los servicios de asistencia técnica informática.',
      },
      verification: RequirementVerification.ENTITY_AGREEMENT,
    },
    {
      text: { CA: "Acceptar el conveni d'encàrrec de gestió", ES: 'Aceptar el convenio de encargo de gestión' },
      verification: RequirementVerification.DOCUMENT_ACCEPTANCE,
      documentCode: 'management-agreement',
    },
    {
      text: { CA: "Acceptar el contracte d'encarregat de tractament", ES: 'Aceptar el contrato de encargado de tratamiento' },
      verification: RequirementVerification.DOCUMENT_ACCEPTANCE,
      documentCode: 'data-processing-contract',
    },
    {
      text: {
        CA: "Els ens locals interessats hauran d'identificar-se mitjançant certificat digital",
        ES: 'Los entes locales interesados deberán identificarse mediante certificado digital',
      },
      verification: RequirementVerification.DIGITAL_CERTIFICATE,
    },
  ],
  documents: [
    {
      code: 'management-agreement',
      kind: ResourceDocumentKind.MANAGEMENT_AGREEMENT,
      title: { CA: "Conveni d'encàrrec de gestió", ES: 'Convenio de encargo de gestión' },
      version: '2025-1',
      sha256: 'd96bb8f70da43717676a768d90674b35c739958032acea8af363343a4ffa199e',
      url: 'https://www.diputaciolleida.cat/documents/noves-tecnologies/conveni-encarrec-gestio.pdf',
      mediaType: 'application/pdf',
      mustAccept: true,
      signedCopyOnAcceptance: true,
    },
    {
      code: 'data-processing-contract',
      kind: ResourceDocumentKind.DATA_PROCESSING_CONTRACT,
      title: { CA: "Contracte d'encarregat de tractament", ES: 'Contrato de encargado de tratamiento' },
      version: '2025-1',
      sha256: 'c8f243b79c99a3270ccd935130e6506f47c892e25ac9781ccf9686f0a5f0caf5',
      url: 'https://www.diputaciolleida.cat/documents/noves-tecnologies/contracte-encarregat-tractament.pdf',
      mediaType: 'application/pdf',
      mustAccept: true,
      signedCopyOnAcceptance: true,
    },
  ],
  // "essent aquests:" — the eight services, in the document's order; all recommended ("es recomana
  // a l'ens local que es seleccionin en la seva totalitat").
  serviceOptions: [
    { code: 'comptabilitat', name: { CA: 'Comptabilitat', ES: 'Contabilidad' }, recommended: true },
    { code: 'tributs-voluntaria', name: { CA: 'Gestió i recaptació de tributs en voluntària', ES: 'Gestión y recaudación de tributos en voluntaria' }, recommended: true },
    { code: 'gestor-expedients', name: { CA: "Gestor d'expedients i documents electrònics", ES: 'Gestor de expedientes y documentos electrónicos' }, recommended: true },
    { code: 'gestor-continguts-web', name: { CA: 'Gestor de continguts web', ES: 'Gestor de contenidos web' }, recommended: true },
    { code: 'padro-habitants', name: { CA: "Padró municipal d'habitants", ES: 'Padrón municipal de habitantes' }, recommended: true },
    { code: 'plataforma-collaborativa', name: { CA: 'Plataforma digital col·laborativa', ES: 'Plataforma digital colaborativa' }, recommended: true },
    { code: 'sig', name: { CA: "Sistema d'informació geogràfica (SIG)", ES: 'Sistema de información geográfica (SIG)' }, recommended: true },
    { code: 'suport-usuaris', name: { CA: 'Suport als usuaris', ES: 'Soporte a los usuarios' }, recommended: true },
  ],
  // The procedure is permanent (no call, no closing date). A window is still needed for the "open
  // on" filter and the eligibility check, so it spans the years the catalogue covers; editors
  // extend it.
  applicationWindows: [{ label: 'Tràmit permanent', opensOn: '2025-01-01', closesOn: '2027-12-31' }],
  // The procedure names no survey; these questions are ours, about the services entrusted.
  survey: [
    {
      code: 'valoracio-global',
      text: {
        CA: "Valoració global dels serveis d'assistència tècnica informàtica",
        ES: 'Valoración global de los servicios de asistencia técnica informática',
        EN: 'Overall rating of the IT technical assistance services',
      },
      kind: SurveyQuestionKind.RATING,
      required: true,
    },
    {
      code: 'adequacio-necessitats',
      text: {
        CA: "Adequació dels serveis encarregats a les necessitats de l'ens",
        ES: 'Adecuación de los servicios encargados a las necesidades del ente',
        EN: "How well the entrusted services fitted the entity's needs",
      },
      kind: SurveyQuestionKind.RATING,
      fitToNeeds: true,
      required: true,
    },
    {
      code: 'temps-resposta-incidencies',
      text: { CA: 'Temps de resposta a les incidències', ES: 'Tiempo de respuesta a las incidencias', EN: 'Time taken to respond to incidents' },
      kind: SurveyQuestionKind.RATING,
      required: true,
    },
    {
      code: 'tracte-personal-tecnic',
      text: {
        CA: 'Tracte i professionalitat del personal tècnic',
        ES: 'Trato y profesionalidad del personal técnico',
        EN: 'Manner and professionalism of the technical staff',
      },
      kind: SurveyQuestionKind.RATING,
    },
    {
      code: 'observacions',
      text: { CA: 'Observacions i propostes de millora', ES: 'Observaciones y propuestas de mejora', EN: 'Remarks and suggestions for improvement' },
      kind: SurveyQuestionKind.FREE_TEXT,
    },
  ],
  // The page lists no rules; these are the ones the procedure rests on (added by us).
  legalReferences: [
    {
      ...law.regimJuridic,
      title: {
        CA: "Llei 40/2015, d'1 d'octubre, de règim jurídic del sector públic (art. 11: encàrrecs de gestió)",
        ES: 'Ley 40/2015, de 1 de octubre, de Régimen Jurídico del Sector Público (art. 11: encomiendas de gestión)',
      },
    },
    {
      title: {
        CA: 'Reglament (UE) 2016/679 general de protecció de dades (art. 28: encarregat del tractament)',
        ES: 'Reglamento (UE) 2016/679 general de protección de datos (art. 28: encargado del tratamiento)',
      },
      url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
      eli: 'http://data.europa.eu/eli/reg/2016/679/oj',
    },
  ],
  // "Com fer el tràmit", the document's seven steps with its own words.
  procedureSteps: [
    {
      kind: ProcedureStepKind.IDENTIFY,
      title: {
        CA: 'Identificar-se electrònicament a través del certificat digital, individual o de representació',
        ES: 'Identificarse electrónicamente a través del certificado digital, individual o de representación',
      },
    },
    {
      kind: ProcedureStepKind.SELECT_ENTITY,
      title: { CA: "Informar de l'ens local al que representa", ES: 'Informar del ente local al que representa' },
    },
    {
      kind: ProcedureStepKind.APPLICANT_DETAILS,
      title: { CA: 'Validar les dades del sol·licitant', ES: 'Validar los datos del solicitante' },
    },
    {
      kind: ProcedureStepKind.SELECT_SERVICES,
      title: {
        CA: "Seleccionar els serveis que seran objecte del present encàrrec de gestió i que s'ofereixen per part del Departament de NNTT",
        ES: 'Seleccionar los servicios que serán objeto del presente encargo de gestión y que ofrece el Departamento de NNTT',
      },
    },
    {
      kind: ProcedureStepKind.AGREEMENT_DATE,
      title: {
        CA: "Informar la data en la que s'ha pres l'acord d'encàrrec per part de l'ens local",
        ES: 'Informar de la fecha en la que el ente local ha adoptado el acuerdo de encargo',
      },
    },
    {
      kind: ProcedureStepKind.ACCEPT_CONDITIONS,
      title: {
        CA: 'Revisar el document "Conveni d\'encàrrec de gestió" i "Contracte d\'encarregat de tractament"',
        ES: 'Revisar los documentos "Convenio de encargo de gestión" y "Contrato de encargado de tratamiento"',
      },
    },
    {
      kind: ProcedureStepKind.SIGN,
      title: { CA: 'Signar la sol·licitud', ES: 'Firmar la solicitud' },
    },
  ],
};
