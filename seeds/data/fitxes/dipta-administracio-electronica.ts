import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, digitalCertificate, dismissedBySilence, eligibleEntitiesOf, law } from './shared-fragments';

/** Demo: open all of 2026, with a Spanish translation. */
export const diptaAdministracioElectronica: ResourceSeed = {
  provider: 'dipta',
  code: 'TIC-AE',
  kind: ResourceKind.TECHNICAL,
  provisionType: ProvisionType.CONTINUOUS,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.CONSELL_COMARCAL, LocalEntityType.EMD, LocalEntityType.MANCOMUNITAT],
  sdgs: [9, 16, 17],
  catalogue: 'cataleg-2026',
  area: 'tecnologies-informacio',
  programme: 'administracio-electronica',
  unit: 'tic',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Tarragona', ES: 'Sede electrónica de la Diputación de Tarragona' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 2, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: "Suport a la implantació de l'administració electrònica",
      summary: "Implantació i manteniment de les eines d'administració electrònica: gestor d'expedients, seu electrònica, tauler d'edictes i portafirmes.",
      description: "La Diputació de Tarragona posa a disposició dels ens locals les eines corporatives de tramitació electrònica, en fa la configuració inicial, migra els expedients en curs i forma el personal. El suport posterior es presta per un centre d'atenció a l'usuari.",
    },
    ES: {
      title: 'Apoyo a la implantación de la administración electrónica',
      summary: 'Implantación y mantenimiento de las herramientas de administración electrónica: gestor de expedientes, sede electrónica, tablón de edictos y portafirmas.',
      description: 'La Diputación de Tarragona pone a disposición de los entes locales las herramientas corporativas de tramitación electrónica, realiza su configuración inicial, migra los expedientes en curso y forma al personal. El soporte posterior se presta desde un centro de atención al usuario.',
    },
  },
  requirements: [eligibleEntitiesOf('Tarragona'), digitalCertificate],
  applicationWindows: [{ label: '2026', opensOn: '2026-01-01', closesOn: '2026-12-31' }],
  legalReferences: [law.procedimentComu, law.regimJuridic],
  procedureSteps: applicationSteps({ interlocutors: true }),
  interlocutorRoles: [{ code: 'technical', name: { CA: 'Persona responsable tècnica', ES: 'Persona responsable técnica' }, required: true }],
};
