import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import {
  applicationSteps, dismissedBySilence, eligibleEntitiesOf, governingBodyAgreement, law, staffRecord, xarxaGovernsLocalsQualityCommitments,
} from './shared-fragments';

/** Demo: DiBa's e-government support, open today, with a Spanish translation. */
export const dibaAdministracioElectronica: ResourceSeed = {
  provider: 'diba',
  code: '120512',
  kind: ResourceKind.TECHNICAL,
  modality: { CA: 'Realització de serveis i activitats', ES: 'Realización de servicios y actividades' },
  provisionType: ProvisionType.CONTINUOUS,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.CONSELL_COMARCAL, LocalEntityType.MANCOMUNITAT, LocalEntityType.EMD],
  sdgs: [9, 16, 17],
  catalogue: 'xgl-2026',
  area: 'serveis-generals-transicio-digital',
  programme: 'governs-digitals',
  unit: 'dstsc',
  channel: { kind: ChannelKind.PROCESSING_PORTAL, name: { CA: 'Portal de tramitació (PMT)', ES: 'Portal de tramitación (PMT)' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 3, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: "Suport a la implantació de l'administració electrònica",
      summary: "Acompanyament als ens locals per implantar la tramitació electrònica integral: seu electrònica, registre, gestor d'expedients, arxiu electrònic i notificacions.",
      description: [
        "La Diputació de Barcelona posa a disposició dels ens locals una plataforma d'administració electrònica i un equip tècnic que acompanya l'ens en la seva implantació.",
        "El suport inclou la configuració de la seu electrònica i del registre electrònic, la implantació del gestor d'expedients amb els procediments més habituals, la integració amb els serveis del Consorci AOC (e-NOTUM, EACAT, VÀLid) i la formació del personal.",
        "La implantació es planifica conjuntament amb l'ens en una reunió inicial on s'acorda el calendari i les persones responsables.",
      ].join('\n\n'),
      executionConditions: "La prestació del recurs abastarà el període pluriennal que es concreti en el moment de l'aprovació de l'assistència.",
      resolutionTermNote: "Tres mesos a partir de l'endemà de la data en què es presenti la sol·licitud.",
    },
    ES: {
      title: 'Apoyo a la implantación de la administración electrónica',
      summary: 'Acompañamiento a los entes locales para implantar la tramitación electrónica integral: sede electrónica, registro, gestor de expedientes, archivo electrónico y notificaciones.',
      description: [
        'La Diputación de Barcelona pone a disposición de los entes locales una plataforma de administración electrónica y un equipo técnico que acompaña al ente en su implantación.',
        'El apoyo incluye la configuración de la sede electrónica y del registro electrónico, la implantación del gestor de expedientes con los procedimientos más habituales, la integración con los servicios del Consorcio AOC (e-NOTUM, EACAT, VÀLid) y la formación del personal.',
        'La implantación se planifica conjuntamente con el ente en una reunión inicial donde se acuerda el calendario y las personas responsables.',
      ].join('\n\n'),
      executionConditions: 'La prestación del recurso abarcará el período plurianual que se concrete en el momento de la aprobación de la asistencia.',
      resolutionTermNote: 'Tres meses a partir del día siguiente a la fecha en que se presente la solicitud.',
    },
  },
  requirements: [
    eligibleEntitiesOf('Barcelona'),
    governingBodyAgreement("Acord de l'òrgan competent de l'ens d'adhesió a la plataforma d'administració electrònica."),
    staffRecord("Haver mantingut la reunió inicial de planificació amb l'equip de la DSTSC."),
  ],
  applicationWindows: [{ label: '2026', opensOn: '2025-12-29', closesOn: '2026-12-31' }],
  qualityCommitments: xarxaGovernsLocalsQualityCommitments,
  legalReferences: [
    { title: { CA: 'Règim regulador del Catàleg de la Xarxa de Governs Locals 2026' } },
    law.procedimentComu,
    law.regimJuridic,
  ],
  procedureSteps: applicationSteps({ agreementDate: true, interlocutors: true }),
  interlocutorRoles: [
    { code: 'technical', name: { CA: 'Persona interlocutora tècnica', ES: 'Persona interlocutora técnica' }, required: true },
    { code: 'organizational', name: { CA: 'Persona interlocutora organitzativa', ES: 'Persona interlocutora organizativa' }, required: false },
  ],
};
