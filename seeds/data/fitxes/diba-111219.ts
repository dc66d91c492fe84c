import {
  ChannelKind, GrantProcedure, ProcedureStepKind, ProvisionType, RequirementVerification, ResourceDocumentKind,
  ResourceKind, SilenceEffect, SurveyQuestionKind, TermUnit,
} from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { law, xarxaGovernsLocalsQualityCommitments } from './shared-fragments';

/**
 * Diputació de Barcelona, fitxa 111219 "Migració del servei de correu electrònic"
 * (source: shared/seeds/004_331c62eba60e2e36.txt). Every field of the document is here; the Spanish
 * text is our translation.
 */

const conditionsUrl = 'https://www.diba.cat/documents/205293/379869173/Condicions_acces_i_us_servei_migracio_correu_electronic.pdf';
const interlocutorsFormUrl = 'https://www.diba.cat/documents/205293/379869173/Formulari_designacio_persones_interlocutores_correu_electronic.doc';

export const diba111219: ResourceSeed = {
  provider: 'diba',
  code: '111219',
  kind: ResourceKind.MATERIAL,
  modality: { CA: 'Realització de serveis i activitats', ES: 'Realización de servicios y actividades' },
  // "Es tracta d'un recurs de prestació continuada".
  provisionType: ProvisionType.CONTINUOUS,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.CONSELL_COMARCAL, LocalEntityType.MANCOMUNITAT, LocalEntityType.EMD],
  // The document's ODS list is blank. We chose 9 (industry, innovation and infrastructure: the
  // move to the cloud), 16 (effective, accountable institutions) and 17 (partnership between
  // administrations), the goals DiBa's digital-government resources usually cite.
  sdgs: [9, 16, 17],
  catalogue: 'xgl-2023',
  area: 'serveis-generals-transicio-digital',
  programme: 'governs-digitals',
  unit: 'dstsc',
  // The document names the channel but gives no address for it.
  channel: { kind: ChannelKind.PROCESSING_PORTAL, name: { CA: 'Portal de tramitació (PMT)', ES: 'Portal de tramitación (PMT)' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 3, unit: TermUnit.MONTHS },
  // Our choice, the document does not say. Llei 39/2015 art. 24.1 makes silence positive by default
  // in procedures started by an application, but not where granting would transfer to the applicant
  // powers over a public service: here the provider would have to run the migration of the
  // entity's mail service, which cannot follow from its silence. The rules of DiBa's catalogues
  // (règim regulador), as we understand them, also treat an unresolved application as dismissed.
  // Applicants are administrations acting under the cooperation duty of Llei 40/2015, which
  // supports the same reading. Hence NEGATIVE.
  silenceEffect: SilenceEffect.NEGATIVE,
  // "Nombre màxim de sol·licituds: Una per ens".
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: 'Migració del servei de correu electrònic',
      summary: "Suport destinat als ens locals que ja disposen del servei de correu electrònic corporatiu prestat per la Diputació, amb l'objectiu de dur a terme una actualització d'aquest servei migrant-lo al núvol.",
      description: [
        "La Diputació de Barcelona, com a mesura d'assistència i cooperació amb el món local, ofereix als ens locals de la demarcació serveis de suport en l'àmbit de les Tecnologies de la Informació i la Comunicació (TIC) per facilitar-los i millorar la seva gestió aprofitant les potencialitats de l'ús dels mitjans electrònics.",
        "En aquest marc, el recurs de migració del servei de correu electrònic, és un recurs material que incorpora el servei de migració del servei de missatgeria electrònica al núvol, només per aquells ens locals on la Diputació de Barcelona ja ofereix el servei de correu electrònic.",
        `Es tracta d'un recurs de prestació continuada que està subjecte a les especificacions determinades en les seves condicions d'accés i ús en el següent document: [www.diba.cat/documents/205293/379869173/Condicions_acces_i_us_servei_migracio_correu_electronic.pdf](${conditionsUrl})`,
        "Per sol·licitar aquest recurs cal haver mantingut una reunió tècnica prèvia de planificació amb l'equip del Servei d'Assistència Municipal i Suport Estratègic per valorar si és viable la migració atenent als recursos disponibles per l'ens i al grau d'obsolescència del servei actual en funció de la versió actual de producte amb què s'estigui prestant el servei.",
      ].join('\n\n'),
      applicationConditions: [
        `- Adjuntar en la sol·licitud del recurs les condicions d'accés [www.diba.cat/documents/205293/379869173/Condicions_acces_i_us_servei_migracio_correu_electronic.pdf](${conditionsUrl})`,
        `- Formulari persones interlocutores [www.diba.cat/documents/205293/379869173/Formulari_designacio_persones_interlocutores_correu_electronic.doc](${interlocutorsFormUrl})`,
      ].join('\n'),
      revocationConditions: [
        'Fruit de la fase de diagnosi prevista en les condicions del servei, es poden identificar mancances tant tecnològiques com organitzatives que dificultin la continuïtat del projecte.',
        "En aquest cas, la Direcció de Serveis de Tecnologies i Sistemes Corporatius (DSTSC) proposarà a l'ens destinatari les mesures a adoptar i el termini per a realitzar-les, així com les mesures de suport que, si escau, se li ofereixin des de la Diputació de Barcelona que puguin ser del seu interès.",
        "Si passat aquest termini, les mancances tecnològiques i/o organitzatives persisteixen i no es pot garantir la correcta implantació del projecte, la DSTSC podrà iniciar els tràmits per a la revocació del suport sens perjudici que l'ens destinatari pugui tornar-lo a sol·licitar.",
      ].join('\n\n'),
      executionConditions: "La prestació del recurs abastarà el període pluriennal que es concreti en el moment de l'aprovació de l'assistència.",
      resolutionTermNote: "Tres mesos a partir de l'endemà de la data en què es presenti la sol·licitud.",
    },
    ES: {
      title: 'Migración del servicio de correo electrónico',
      summary: 'Apoyo destinado a los entes locales que ya disponen del servicio de correo electrónico corporativo prestado por la Diputación, con el objetivo de llevar a cabo una actualización de este servicio migrándolo a la nube.',
      description: [
        'La Diputación de Barcelona, como medida de asistencia y cooperación con el mundo local, ofrece a los entes locales de la demarcación servicios de apoyo en el ámbito de las Tecnologías de la Información y la Comunicación (TIC) para facilitarles y mejorar su gestión aprovechando las potencialidades del uso de los medios electrónicos.',
        'En este marco, el recurso de migración del servicio de correo electrónico es un recurso material que incorpora el servicio de migración del servicio de mensajería electrónica a la nube, solo para aquellos entes locales en los que la Diputación de Barcelona ya ofrece el servicio de correo electrónico.',
        `Se trata de un recurso de prestación continuada que está sujeto a las especificaciones determinadas en sus condiciones de acceso y uso en el siguiente documento: [www.diba.cat/documents/205293/379869173/Condicions_acces_i_us_servei_migracio_correu_electronic.pdf](${conditionsUrl})`,
        'Para solicitar este recurso es necesario haber mantenido una reunión técnica previa de planificación con el equipo del Servicio de Asistencia Municipal y Apoyo Estratégico para valorar si la migración es viable atendiendo a los recursos disponibles del ente y al grado de obsolescencia del servicio actual en función de la versión actual del producto con que se esté prestando el servicio.',
      ].join('\n\n'),
      applicationConditions: [
        `- Adjuntar en la solicitud del recurso las condiciones de acceso [www.diba.cat/documents/205293/379869173/Condicions_acces_i_us_servei_migracio_correu_electronic.pdf](${conditionsUrl})`,
        `- Formulario de personas interlocutoras [www.diba.cat/documents/205293/379869173/Formulari_designacio_persones_interlocutores_correu_electronic.doc](${interlocutorsFormUrl})`,
      ].join('\n'),
      revocationConditions: [
        'Como resultado de la fase de diagnosis prevista en las condiciones del servicio, se pueden identificar carencias tanto tecnológicas como organizativas que dificulten la continuidad del proyecto.',
        'En este caso, la Dirección de Servicios de Tecnologías y Sistemas Corporativos (DSTSC) propondrá al ente destinatario las medidas a adoptar y el plazo para realizarlas, así como las medidas de apoyo que, en su caso, se le ofrezcan desde la Diputación de Barcelona que puedan ser de su interés.',
        'Si pasado este plazo las carencias tecnológicas y/u organizativas persisten y no se puede garantizar la correcta implantación del proyecto, la DSTSC podrá iniciar los trámites para la revocación del apoyo, sin perjuicio de que el ente destinatario pueda volver a solicitarlo.',
      ].join('\n\n'),
      executionConditions: 'La prestación del recurso abarcará el período plurianual que se concrete en el momento de la aprobación de la asistencia.',
      resolutionTermNote: 'Tres meses a partir del día siguiente a la fecha en que se presente la solicitud.',
    },
  },
  requirements: [
    {
      code: 'email-service-in-use',
      text: {
        CA: 'Disposar ja del servei de correu electrònic prestat per la Diputació de Barcelona i que la versió requereixi d\'un procés de migració.',
        ES: 'Disponer ya del servicio de correo electrónico prestado por la Diputación de Barcelona y que la versión requiera un proceso de migración.',
      },
      verification: RequirementVerification.STAFF_RECORD,
    },
    {
      text: {
        CA: 'Acceptació de les condicions d\'accés i ús del recurs "Migració del servei de Correu Electrònic" de la Diputació de Barcelona',
        ES: 'Aceptación de las condiciones de acceso y uso del recurso "Migración del servicio de Correo Electrónico" de la Diputación de Barcelona',
      },
      verification: RequirementVerification.DOCUMENT_ACCEPTANCE,
      documentCode: 'conditions',
    },
    {
      code: 'technical-planning-meeting',
      text: {
        CA: 'Haver mantingut una reunió tècnica prèvia amb el Servei d\'Assistència Municipal i Suport Estratègic per determinar la viabilitat i oportunitat.',
        ES: 'Haber mantenido una reunión técnica previa con el Servicio de Asistencia Municipal y Apoyo Estratégico para determinar la viabilidad y oportunidad.',
      },
      verification: RequirementVerification.STAFF_RECORD,
    },
  ],
  documents: [
    {
      code: 'conditions',
      kind: ResourceDocumentKind.CONDITIONS_OF_ACCESS,
      title: {
        CA: "Condicions d'accés i ús del servei de migració del correu electrònic",
        ES: 'Condiciones de acceso y uso del servicio de migración del correo electrónico',
      },
      version: '2023-1',
      // We do not have the PDF: this is sha256("diba-111219-conditions-2023-1"), a stand-in that
      // identifies the version until editors upload the real file.
      sha256: '03d9ba62192b4ef8e10e0f58d82f5e0ff756046d5555a5b969bc7a50d683660d',
      url: conditionsUrl,
      mediaType: 'application/pdf',
      mustAccept: true,
      // "Adjuntar en la sol·licitud del recurs les condicions d'accés".
      mustAttach: true,
    },
    {
      code: 'interlocutors-form',
      kind: ResourceDocumentKind.FORM,
      title: {
        CA: 'Formulari de designació de persones interlocutores',
        ES: 'Formulario de designación de personas interlocutoras',
      },
      version: '2023-1',
      // Stand-in as above: sha256("diba-111219-interlocutors-form-2023-1").
      sha256: '75abc679168325c26a3037db9e086fc23211eff543cb3b4c9b3a0590926c7bb1',
      url: interlocutorsFormUrl,
      mediaType: 'application/msword',
      mustAttach: true,
    },
  ],
  applicationWindows: [{ label: '2023', opensOn: '2022-12-28', closesOn: '2023-12-31' }],
  qualityCommitments: xarxaGovernsLocalsQualityCommitments,
  // The fitxa promises ratings out of 10 on "qualsevol pregunta de l'enquesta" and on "l'ajust del
  // recurs prestat a les seves necessitats"; the questions are ours, in the words of those commitments.
  survey: [
    {
      code: 'valoracio-global',
      text: { CA: 'Valoració global del servei', ES: 'Valoración global del servicio', EN: 'Overall rating of the service' },
      kind: SurveyQuestionKind.RATING,
      required: true,
    },
    {
      code: 'adequacio-necessitats',
      text: {
        CA: "Adequació del recurs a les necessitats de l'ens",
        ES: 'Adecuación del recurso a las necesidades del ente',
        EN: "How well the resource fitted the entity's needs",
      },
      kind: SurveyQuestionKind.RATING,
      fitToNeeds: true,
      required: true,
    },
    {
      code: 'claredat-informacio',
      text: {
        CA: 'Claredat de la informació i del procediment',
        ES: 'Claridad de la información y del procedimiento',
        EN: 'Clarity of the information and of the procedure',
      },
      kind: SurveyQuestionKind.RATING,
      required: true,
    },
    {
      code: 'termini-resposta',
      text: { CA: 'Termini de resposta', ES: 'Plazo de respuesta', EN: 'Time taken to respond' },
      kind: SurveyQuestionKind.RATING,
      required: true,
    },
    {
      code: 'observacions',
      text: { CA: 'Observacions i propostes de millora', ES: 'Observaciones y propuestas de mejora', EN: 'Remarks and suggestions for improvement' },
      kind: SurveyQuestionKind.FREE_TEXT,
    },
  ],
  legalReferences: [
    // Published by DiBa with each yearly call; we do not have a stable address for it.
    {
      title: {
        CA: 'Règim regulador del Catàleg de la Xarxa de Governs Locals 2023',
        ES: 'Régimen regulador del Catálogo de la Red de Gobiernos Locales 2023',
      },
    },
    {
      ...law.procedimentComu,
      title: {
        CA: "Llei 39/2015, d'1 d'octubre, del procediment administratiu comú de les administracions públiques",
        ES: 'Ley 39/2015, de 1 de octubre, del Procedimiento Administrativo Común de las Administraciones Públicas',
      },
    },
    {
      ...law.regimJuridic,
      title: {
        CA: "Llei 40/2015, d'1 d'octubre, de règim jurídic del sector públic",
        ES: 'Ley 40/2015, de 1 de octubre, de Régimen Jurídico del Sector Público',
      },
    },
    {
      ...law.regimJuridicCatalunya,
      title: {
        CA: "Llei 26/2010, del 3 d'agost, de règim jurídic i de procediment de les administracions públiques de Catalunya",
        ES: 'Ley 26/2010, de 3 de agosto, de régimen jurídico y de procedimiento de las administraciones públicas de Cataluña',
      },
    },
    {
      title: {
        CA: "Llei 29/2010, del 3 d'agost, de l'ús dels mitjans electrònics al sector públic de Catalunya",
        ES: 'Ley 29/2010, de 3 de agosto, del uso de los medios electrónicos en el sector público de Cataluña',
      },
      url: 'https://www.boe.es/buscar/act.php?id=BOE-A-2010-13843',
      eli: 'https://www.boe.es/eli/es-ct/l/2010/08/03/29',
    },
  ],
  // The document does not list steps; these follow what it asks for (accept the conditions,
  // designate interlocutors, attach both documents) in the order of DiBa's PMT.
  procedureSteps: [
    { kind: ProcedureStepKind.IDENTIFY, title: { CA: 'Identificar-se amb certificat digital', ES: 'Identificarse con certificado digital' } },
    { kind: ProcedureStepKind.SELECT_ENTITY, title: { CA: "Indicar l'ens local que representeu", ES: 'Indicar el ente local que representáis' } },
    { kind: ProcedureStepKind.APPLICANT_DETAILS, title: { CA: 'Validar les dades del sol·licitant', ES: 'Validar los datos del solicitante' } },
    { kind: ProcedureStepKind.ACCEPT_CONDITIONS, title: { CA: "Acceptar les condicions d'accés i ús del recurs", ES: 'Aceptar las condiciones de acceso y uso del recurso' } },
    { kind: ProcedureStepKind.DESIGNATE_INTERLOCUTORS, title: { CA: 'Designar les persones interlocutores', ES: 'Designar las personas interlocutoras' } },
    {
      kind: ProcedureStepKind.ATTACH_FILES,
      title: {
        CA: "Adjuntar les condicions d'accés i el formulari de persones interlocutores",
        ES: 'Adjuntar las condiciones de acceso y el formulario de personas interlocutoras',
      },
    },
    { kind: ProcedureStepKind.SIGN, title: { CA: 'Signar i presentar la sol·licitud', ES: 'Firmar y presentar la solicitud' } },
  ],
  // The form designates people for the technical and the organisational side of the migration;
  // the role codes are ours.
  interlocutorRoles: [
    { code: 'technical', name: { CA: 'Persona interlocutora tècnica', ES: 'Persona interlocutora técnica' }, required: true },
    { code: 'organizational', name: { CA: 'Persona interlocutora organitzativa', ES: 'Persona interlocutora organizativa' }, required: true },
  ],
};
