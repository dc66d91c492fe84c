import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, digitalCertificate, dismissedBySilence, eligibleEntitiesOf, law } from './shared-fragments';

/** Demo: Girona's e-government platform, open all of 2026. */
export const ddgiAdministracioElectronica: ResourceSeed = {
  provider: 'ddgi',
  code: 'SI-AE',
  kind: ResourceKind.TECHNICAL,
  provisionType: ProvisionType.CONTINUOUS,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.CONSELL_COMARCAL, LocalEntityType.EMD, LocalEntityType.CONSORCI],
  sdgs: [9, 16],
  catalogue: 'cataleg-2026',
  area: 'assistencia-municipis',
  programme: 'administracio-electronica',
  unit: 'sistemes-informacio',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Girona' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 2, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: "Suport a la implantació de l'administració electrònica",
      summary: "Plataforma de gestió d'expedients electrònics, seu electrònica i arxiu digital per als ens locals, amb formació i suport a l'usuari.",
      description: "La Diputació de Girona ofereix la plataforma corporativa de tramitació electrònica, integrada amb els serveis del Consorci AOC, i acompanya l'ens en la migració dels procediments, la digitalització del registre i l'organització de l'arxiu electrònic.",
      executionConditions: "El servei es presta de manera continuada mentre l'ens hi estigui adherit. L'ens pot donar-se de baixa amb un preavís de tres mesos.",
    },
  },
  requirements: [eligibleEntitiesOf('Girona'), digitalCertificate],
  applicationWindows: [{ label: '2026', opensOn: '2026-01-01', closesOn: '2026-12-31' }],
  legalReferences: [law.procedimentComu, law.regimJuridic],
  procedureSteps: applicationSteps({ interlocutors: true }),
  interlocutorRoles: [{ code: 'technical', name: { CA: 'Persona responsable tècnica' }, required: true }],
};
