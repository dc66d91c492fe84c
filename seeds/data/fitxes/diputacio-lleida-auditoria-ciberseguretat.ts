import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, digitalCertificate, dismissedBySilence, eligibleEntitiesOf, law, staffRecord } from './shared-fragments';

/** Demo: a short window open today, for entities that already entrusted their IT services. */
export const diputacioLleidaAuditoriaCiberseguretat: ResourceSeed = {
  provider: 'diputacio-lleida',
  code: 'NNTT-CIBER',
  kind: ResourceKind.TECHNICAL,
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.CONSELL_COMARCAL, LocalEntityType.EMD, LocalEntityType.MANCOMUNITAT],
  sdgs: [9, 16],
  catalogue: 'suport-municipal-2026',
  area: 'noves-tecnologies',
  programme: 'ciberseguretat',
  unit: 'servei-noves-tecnologies',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Lleida' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 1, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: 'Auditoria de ciberseguretat',
      summary: "Revisió de la seguretat dels equips, les còpies de seguretat i els comptes d'usuari dels ens que tenen encarregats els serveis informàtics a la Diputació.",
      description: [
        "El Servei de Noves Tecnologies revisa l'estat dels llocs de treball i dels servidors de l'ens, la política de còpies de seguretat, la gestió de contrasenyes i la configuració de la xarxa, i lliura un informe amb recomanacions.",
        "La campanya d'enguany es concentra en la protecció contra el programari de segrest (ransomware).",
      ].join('\n\n'),
    },
  },
  requirements: [
    eligibleEntitiesOf('Lleida'),
    staffRecord("Tenir formalitzat l'encàrrec de gestió dels serveis d'assistència tècnica informàtica amb la Diputació de Lleida."),
    digitalCertificate,
  ],
  applicationWindows: [{ label: 'Campanya 2026', opensOn: '2026-11-02', closesOn: '2026-12-18' }],
  legalReferences: [
    {
      title: { CA: "Reial decret 311/2022, de 3 de maig, pel qual es regula l'Esquema Nacional de Seguretat" },
      url: 'https://www.boe.es/buscar/act.php?id=BOE-A-2022-7191',
      eli: 'https://www.boe.es/eli/es/rd/2022/05/03/311',
    },
    law.basesRegimLocal,
  ],
  procedureSteps: applicationSteps({ interlocutors: true }),
  interlocutorRoles: [{ code: 'technical', name: { CA: 'Persona interlocutora tècnica' }, required: true }],
};
