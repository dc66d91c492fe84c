import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, declaration, dismissedBySilence, eligibleEntitiesOf, law } from './shared-fragments';

/** Demo: a call that opens in January 2027. */
export const diptaAuditoriaCiberseguretat: ResourceSeed = {
  provider: 'dipta',
  code: 'TIC-CIBER',
  kind: ResourceKind.TECHNICAL,
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.CONSELL_COMARCAL, LocalEntityType.CONSORCI],
  sdgs: [9, 16],
  catalogue: 'cataleg-2027',
  area: 'tecnologies-informacio',
  programme: 'ciberseguretat',
  unit: 'tic',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Tarragona' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 2, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: 'Auditoria de ciberseguretat',
      summary: "Auditoria de conformitat amb l'Esquema Nacional de Seguretat en categoria bàsica o mitjana, amb informe i pla d'adequació.",
      description: "Una empresa auditora acreditada revisa les mesures de seguretat de l'ens i n'emet l'informe d'auditoria que exigeix l'Esquema Nacional de Seguretat. La Diputació acompanya l'ens en l'elaboració de la declaració d'aplicabilitat i del pla d'adequació.",
    },
  },
  requirements: [
    eligibleEntitiesOf('Tarragona'),
    declaration("Declaració d'haver aprovat la política de seguretat de la informació de l'ens."),
  ],
  applicationWindows: [{ label: '2027', opensOn: '2027-01-01', closesOn: '2027-12-31' }],
  legalReferences: [
    {
      title: { CA: "Reial decret 311/2022, de 3 de maig, pel qual es regula l'Esquema Nacional de Seguretat" },
      url: 'https://www.boe.es/buscar/act.php?id=BOE-A-2022-7191',
      eli: 'https://www.boe.es/eli/es/rd/2022/05/03/311',
    },
    law.basesRegimLocal,
  ],
  procedureSteps: applicationSteps({ declarations: true }),
};
