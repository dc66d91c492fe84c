import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, declaration, dismissedBySilence, eligibleEntitiesOf, governingBodyAgreement, law } from './shared-fragments';

/** Demo: a yearly economic fund; the 2026 window is past and the 2027 one is future. */
export const ddgiFonsCooperacio: ResourceSeed = {
  provider: 'ddgi',
  code: 'FCEC',
  kind: ResourceKind.ECONOMIC,
  modality: { CA: 'Subvenció', ES: 'Subvención' },
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.EMD],
  sdgs: [11, 16, 17],
  catalogue: 'cataleg-2026',
  area: 'cooperacio-local',
  programme: 'fons-cooperacio',
  unit: 'cooperacio-local',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Girona', ES: 'Sede electrónica de la Diputación de Girona' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 6, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: 'Fons de cooperació econòmica i cultural',
      summary: "Aportació econòmica incondicionada als ajuntaments i EMD de les comarques gironines per finançar despeses corrents i d'inversió de competència municipal.",
      description: [
        "El fons es distribueix entre tots els ens que el sol·liciten amb una part fixa igual per a tots i una part variable en funció de la població i del nombre de nuclis habitats.",
        "Els ens poden destinar l'import a despeses corrents dels serveis mínims obligatoris, a inversions o a activitats culturals de caràcter municipal.",
      ].join('\n\n'),
      executionConditions: "La justificació es fa mitjançant un certificat de la intervenció de l'ens abans del 31 de març de l'any següent.",
      resolutionTermNote: "Sis mesos des de la data de tancament del termini de sol·licitud.",
    },
    ES: {
      title: 'Fondo de cooperación económica y cultural',
      summary: 'Aportación económica incondicionada a los ayuntamientos y EMD de las comarcas de Girona para financiar gastos corrientes y de inversión de competencia municipal.',
      description: [
        'El fondo se distribuye entre todos los entes que lo solicitan con una parte fija igual para todos y una parte variable en función de la población y del número de núcleos habitados.',
        'Los entes pueden destinar el importe a gastos corrientes de los servicios mínimos obligatorios, a inversiones o a actividades culturales de carácter municipal.',
      ].join('\n\n'),
      executionConditions: 'La justificación se realiza mediante un certificado de la intervención del ente antes del 31 de marzo del año siguiente.',
      resolutionTermNote: 'Seis meses desde la fecha de cierre del plazo de solicitud.',
    },
  },
  requirements: [
    eligibleEntitiesOf('Girona'),
    governingBodyAgreement("Acord de l'òrgan competent de l'ens de sol·licitar el fons."),
    declaration("Declaració responsable d'haver justificat el fons de l'any anterior."),
  ],
  applicationWindows: [
    { label: '2026', opensOn: '2026-02-02', closesOn: '2026-03-31' },
    { label: '2027', opensOn: '2027-02-01', closesOn: '2027-03-31' },
  ],
  legalReferences: [law.subvencions, law.basesRegimLocal],
  procedureSteps: applicationSteps({ agreementDate: true, declarations: true }),
};
