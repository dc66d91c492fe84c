import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, dismissedBySilence, eligibleEntitiesOf, law, xarxaGovernsLocalsQualityCommitments } from './shared-fragments';

/** Demo: a call that opens in the future (2027). */
export const dibaMosquitTigre: ResourceSeed = {
  provider: 'diba',
  code: '120644',
  kind: ResourceKind.TECHNICAL,
  modality: { CA: 'Realització de serveis i activitats' },
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.EMD],
  sdgs: [3, 13],
  catalogue: 'xgl-2027',
  area: 'cohesio-social',
  programme: 'salut-publica',
  unit: 'salut-publica',
  channel: { kind: ChannelKind.PROCESSING_PORTAL, name: { CA: 'Portal de tramitació (PMT)' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 55, unit: TermUnit.BUSINESS_DAYS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: 'Servei de control de mosquit tigre',
      summary: "Assessorament i actuacions de vigilància i control del mosquit tigre (Aedes albopictus) en l'espai públic municipal.",
      description: [
        "El servei inclou la diagnosi dels punts de cria en l'espai públic (embornals, fonts, cementiris), la col·locació i el seguiment de trampes d'ovoposició, els tractaments larvicides en els punts que no es puguin eliminar i campanyes d'informació a la ciutadania.",
        "L'actuació es programa per a la temporada d'activitat del mosquit, de maig a novembre.",
      ].join('\n\n'),
      executionConditions: "L'ajuntament designa una persona de contacte i facilita l'accés als espais municipals. Els tractaments es fan amb biocides autoritzats i per personal acreditat.",
    },
  },
  requirements: [eligibleEntitiesOf('Barcelona')],
  applicationWindows: [{ label: '2027', opensOn: '2026-12-28', closesOn: '2027-12-31' }],
  qualityCommitments: xarxaGovernsLocalsQualityCommitments,
  legalReferences: [law.basesRegimLocal],
  procedureSteps: applicationSteps({ interlocutors: true }),
  interlocutorRoles: [{ code: 'contact', name: { CA: 'Persona de contacte municipal' }, required: true }],
};
