import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, declaration, dismissedBySilence, eligibleEntitiesOf, xarxaGovernsLocalsQualityCommitments } from './shared-fragments';

/** Demo: one window covering both 2026 and 2027, with selectable lots of material. */
export const dibaMaterialEsportiu: ResourceSeed = {
  provider: 'diba',
  code: '121010',
  kind: ResourceKind.MATERIAL,
  modality: { CA: 'Cessió de béns' },
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.CONSELL_COMARCAL, LocalEntityType.EMD],
  sdgs: [3, 10],
  catalogue: 'xgl-2026',
  area: 'educacio-esports-joventut',
  programme: 'esports',
  unit: 'esports',
  channel: { kind: ChannelKind.PROCESSING_PORTAL, name: { CA: 'Portal de tramitació (PMT)' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 45, unit: TermUnit.CALENDAR_DAYS },
  silenceEffect: dismissedBySilence,
  translations: {
    CA: {
      title: 'Préstec de material esportiu per a esdeveniments',
      summary: "Préstec temporal de material esportiu i d'organització (porteries portàtils, tanques, arcs d'arribada, cronometratge) per a esdeveniments esportius populars.",
      description: "La Gerència de Serveis d'Esports presta material per a curses populars, jornades esportives escolars i esdeveniments de promoció de l'activitat física. L'ens recull i retorna el material al magatzem de la Diputació o, per a lots grans, se li lliura a domicili.",
      executionConditions: "El préstec és per un màxim de quinze dies. L'ens respon dels danys i de la pèrdua del material.",
    },
  },
  requirements: [
    eligibleEntitiesOf('Barcelona'),
    declaration("Declaració que l'esdeveniment és obert a la ciutadania i sense ànim de lucre."),
  ],
  serviceOptions: [
    { code: 'porteries', name: { CA: 'Porteries portàtils de futbol i handbol' } },
    { code: 'tanques', name: { CA: 'Tanques de delimitació de recorregut' } },
    { code: 'arc-arribada', name: { CA: "Arc inflable d'arribada" } },
    { code: 'cronometratge', name: { CA: 'Equip de cronometratge amb xip' } },
  ],
  applicationWindows: [{ label: '2026-2027', opensOn: '2026-01-15', closesOn: '2027-12-31' }],
  qualityCommitments: xarxaGovernsLocalsQualityCommitments,
  procedureSteps: applicationSteps({ services: true, declarations: true }),
};
