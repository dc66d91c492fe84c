import { ResourceSeed } from '../types';
import { diba111219 } from './diba-111219';
import { diputacioLleidaEncarrecGestio } from './diputacio-lleida-encarrec-gestio';
import { ddgiAdministracioElectronica } from './ddgi-administracio-electronica';
import { ddgiAuditoriaCiberseguretat } from './ddgi-auditoria-ciberseguretat';
import { ddgiAutoconsumFotovoltaic } from './ddgi-autoconsum-fotovoltaic';
import { ddgiExposicionsItinerants } from './ddgi-exposicions-itinerants';
import { ddgiFonsCooperacio } from './ddgi-fons-cooperacio';
import { ddgiInventariPatrimoni } from './ddgi-inventari-patrimoni';
import { ddgiMosquitTigre } from './ddgi-mosquit-tigre';
import { ddgiPlanejamentUrbanistic } from './ddgi-planejament-urbanistic';
import { dibaAdaptacioCanviClimatic } from './diba-adaptacio-canvi-climatic';
import { dibaAdministracioElectronica } from './diba-administracio-electronica';
import { dibaAuditoriaCiberseguretat } from './diba-auditoria-ciberseguretat';
import { dibaComercLocal } from './diba-comerc-local';
import { dibaEficienciaEnergetica } from './diba-eficiencia-energetica';
import { dibaExposicionsItinerants } from './diba-exposicions-itinerants';
import { dibaLotsLlibres } from './diba-lots-llibres';
import { dibaMaterialEsportiu } from './diba-material-esportiu';
import { dibaMosquitTigre } from './diba-mosquit-tigre';
import { dibaPoum } from './diba-poum';
import { diptaAdministracioElectronica } from './dipta-administracio-electronica';
import { diptaAssessoramentJuridic } from './dipta-assessorament-juridic';
import { diptaAuditoriaCiberseguretat } from './dipta-auditoria-ciberseguretat';
import { diptaExposicionsItinerants } from './dipta-exposicions-itinerants';
import { diptaMosquitTigre } from './dipta-mosquit-tigre';
import { diptaPlaAccioMunicipal } from './dipta-pla-accio-municipal';
import { diptaPoum } from './dipta-poum';
import { diptaPrevencioIncendis } from './dipta-prevencio-incendis';
import { diputacioLleidaArtsEsceniques } from './diputacio-lleida-arts-esceniques';
import { diputacioLleidaAuditoriaCiberseguretat } from './diputacio-lleida-auditoria-ciberseguretat';
import { diputacioLleidaFuncionamentEmd } from './diputacio-lleida-funcionament-emd';
import { diputacioLleidaMaterialCultural } from './diputacio-lleida-material-cultural';
import { diputacioLleidaMosquitTigre } from './diputacio-lleida-mosquit-tigre';
import { diputacioLleidaPlaObresServeis } from './diputacio-lleida-pla-obres-serveis';
import { diputacioLleidaPoum } from './diputacio-lleida-poum';

/** The fitxes of the two source documents: reference data, seeded in every environment. */
export const referenceFitxes: ResourceSeed[] = [diba111219, diputacioLleidaEncarrecGestio];

/**
 * Realistic fitxes for demos and tests, across the four providers, the three kinds and application
 * windows in the past, covering 2026-2027, open on 2026-11-23 and in the future. Three are drafts.
 */
export const demoFitxes: ResourceSeed[] = [
  ddgiAdministracioElectronica,
  ddgiAuditoriaCiberseguretat,
  ddgiAutoconsumFotovoltaic,
  ddgiExposicionsItinerants,
  ddgiFonsCooperacio,
  ddgiInventariPatrimoni,
  ddgiMosquitTigre,
  ddgiPlanejamentUrbanistic,
  dibaAdaptacioCanviClimatic,
  dibaAdministracioElectronica,
  dibaAuditoriaCiberseguretat,
  dibaComercLocal,
  dibaEficienciaEnergetica,
  dibaExposicionsItinerants,
  dibaLotsLlibres,
  dibaMaterialEsportiu,
  dibaMosquitTigre,
  dibaPoum,
  diptaAdministracioElectronica,
  diptaAssessoramentJuridic,
  diptaAuditoriaCiberseguretat,
  diptaExposicionsItinerants,
  diptaMosquitTigre,
  diptaPlaAccioMunicipal,
  diptaPoum,
  diptaPrevencioIncendis,
  diputacioLleidaArtsEsceniques,
  diputacioLleidaAuditoriaCiberseguretat,
  diputacioLleidaFuncionamentEmd,
  diputacioLleidaMaterialCultural,
  diputacioLleidaMosquitTigre,
  diputacioLleidaPlaObresServeis,
  diputacioLleidaPoum,
];
