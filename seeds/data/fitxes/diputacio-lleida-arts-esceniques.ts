import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, declaration, dismissedBySilence, eligibleEntitiesOf, law } from './shared-fragments';

/** Demo: a competitive call that opens in January 2027, with a Spanish translation. */
export const diputacioLleidaArtsEsceniques: ResourceSeed = {
  provider: 'diputacio-lleida',
  code: 'CULT-ESC',
  kind: ResourceKind.ECONOMIC,
  modality: { CA: 'Subvenció', ES: 'Subvención' },
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.CONSELL_COMARCAL],
  sdgs: [4, 11],
  catalogue: 'suport-municipal-2027',
  area: 'cultura',
  programme: 'difusio-cultural',
  unit: 'cultura',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Lleida', ES: 'Sede electrónica de la Diputación de Lleida' } },
  grantProcedure: GrantProcedure.COMPETITIVE,
  // Llei 38/2003 art. 25.4: at most six months for a subsidy procedure.
  resolutionTerm: { amount: 6, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: "Suport a la programació estable d'arts escèniques",
      summary: "Subvencions als municipis i consells comarcals que programen teatre, dansa, circ i música amb una temporada estable.",
      description: "Es finança fins al 50% del caixet de les companyies professionals programades durant l'any. Es valoren la regularitat de la programació, la presència de companyies de les terres de Lleida i les accions de creació de públics.",
    },
    ES: {
      title: 'Apoyo a la programación estable de artes escénicas',
      summary: 'Subvenciones a los municipios y consejos comarcales que programan teatro, danza, circo y música con una temporada estable.',
      description: 'Se financia hasta el 50% del caché de las compañías profesionales programadas durante el año. Se valoran la regularidad de la programación, la presencia de compañías de las tierras de Lleida y las acciones de creación de públicos.',
    },
  },
  requirements: [
    eligibleEntitiesOf('Lleida'),
    declaration("Declaració responsable de disposar d'un espai escènic amb llicència d'activitat."),
  ],
  applicationWindows: [{ label: '2027', opensOn: '2027-01-11', closesOn: '2027-02-26' }],
  legalReferences: [law.subvencions],
  procedureSteps: applicationSteps({ attachments: true, declarations: true }),
};
