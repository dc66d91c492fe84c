import { LocalEntityType } from '../tenancy/local-entity-type';
import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, SilenceEffect, TermUnit } from '../catalogue/resource-enums';
import { DEFAULT_LOCALE, Locale, LocalizedText } from './locale';

/**
 * Human labels of enum values, per locale. Catalan is required (it is the fallback); a missing
 * translation serves Catalan, as for every other text. One table per enum, next to nothing else,
 * so a front end never hard-codes its own translation of a value.
 */
export type LabelTable<Value extends string> = Record<Value, LocalizedText & { [DEFAULT_LOCALE]: string }>;

export function labelOf<Value extends string>(table: LabelTable<Value>, value: Value, locale: Locale): string {
  const labels = table[value];
  return labels[locale] ?? labels[DEFAULT_LOCALE];
}

export const RESOURCE_KIND_LABELS: LabelTable<ResourceKind> = {
  TECHNICAL: { CA: 'Recurs tècnic', ES: 'Recurso técnico', EN: 'Technical support' },
  MATERIAL: { CA: 'Recurs material', ES: 'Recurso material', EN: 'Material support' },
  ECONOMIC: { CA: 'Recurs econòmic', ES: 'Recurso económico', EN: 'Economic support' },
};

export const LOCAL_ENTITY_TYPE_LABELS: LabelTable<LocalEntityType> = {
  AJUNTAMENT: { CA: 'Ajuntaments', ES: 'Ayuntamientos', EN: 'Town councils' },
  CONSELL_COMARCAL: { CA: 'Consells comarcals', ES: 'Consejos comarcales', EN: 'County councils' },
  MANCOMUNITAT: { CA: 'Mancomunitats', ES: 'Mancomunidades', EN: 'Associations of municipalities' },
  EMD: { CA: 'Entitats municipals descentralitzades', ES: 'Entidades municipales descentralizadas', EN: 'Decentralised municipal entities' },
  CONSORCI: { CA: 'Consorcis', ES: 'Consorcios', EN: 'Consortia' },
  DIPUTACIO: { CA: 'Diputacions', ES: 'Diputaciones', EN: 'Provincial councils' },
  ALTRES: { CA: 'Altres ens', ES: 'Otros entes', EN: 'Other entities' },
};

export const GRANT_PROCEDURE_LABELS: LabelTable<GrantProcedure> = {
  DIRECT_WITH_CONCURRENCE: { CA: 'Concessió directa amb concurrència', ES: 'Concesión directa con concurrencia', EN: 'Direct award with concurrence' },
  COMPETITIVE: { CA: 'Concurrència competitiva', ES: 'Concurrencia competitiva', EN: 'Competitive call' },
  DIRECT: { CA: 'Concessió directa', ES: 'Concesión directa', EN: 'Direct award' },
  MANAGEMENT_ENTRUSTMENT: { CA: 'Encàrrec de gestió', ES: 'Encargo de gestión', EN: 'Management entrustment' },
};

export const SILENCE_EFFECT_LABELS: LabelTable<SilenceEffect> = {
  POSITIVE: { CA: 'Silenci positiu (estimatori)', ES: 'Silencio positivo (estimatorio)', EN: 'Deemed granted' },
  NEGATIVE: { CA: 'Silenci negatiu (desestimatori)', ES: 'Silencio negativo (desestimatorio)', EN: 'Deemed refused' },
};

export const PROVISION_TYPE_LABELS: LabelTable<ProvisionType> = {
  CONTINUOUS: { CA: 'Prestació continuada', ES: 'Prestación continuada', EN: 'Continuous provision' },
  ONE_OFF: { CA: 'Prestació puntual', ES: 'Prestación puntual', EN: 'One-off provision' },
};

/** Units of a term, as they read after a number ("3 mesos"). */
export const TERM_UNIT_LABELS: LabelTable<TermUnit> = {
  MONTHS: { CA: 'mesos', ES: 'meses', EN: 'months' },
  BUSINESS_DAYS: { CA: 'dies hàbils', ES: 'días hábiles', EN: 'business days' },
  CALENDAR_DAYS: { CA: 'dies naturals', ES: 'días naturales', EN: 'calendar days' },
};

export const CHANNEL_KIND_LABELS: LabelTable<ChannelKind> = {
  PROCESSING_PORTAL: { CA: 'Portal de tramitació', ES: 'Portal de tramitación', EN: 'Processing portal' },
  ELECTRONIC_OFFICE: { CA: 'Seu electrònica', ES: 'Sede electrónica', EN: 'Electronic office' },
  EMAIL: { CA: 'Correu electrònic', ES: 'Correo electrónico', EN: 'E-mail' },
  IN_PERSON: { CA: 'Presencial', ES: 'Presencial', EN: 'In person' },
};

/** The official short names of the 17 Sustainable Development Goals (ODS) of the 2030 Agenda. */
export const SDG_NAMES: Readonly<Record<number, LocalizedText & { [DEFAULT_LOCALE]: string }>> = {
  1: { CA: 'Fi de la pobresa', ES: 'Fin de la pobreza', EN: 'No poverty' },
  2: { CA: 'Fam zero', ES: 'Hambre cero', EN: 'Zero hunger' },
  3: { CA: 'Salut i benestar', ES: 'Salud y bienestar', EN: 'Good health and well-being' },
  4: { CA: 'Educació de qualitat', ES: 'Educación de calidad', EN: 'Quality education' },
  5: { CA: 'Igualtat de gènere', ES: 'Igualdad de género', EN: 'Gender equality' },
  6: { CA: 'Aigua neta i sanejament', ES: 'Agua limpia y saneamiento', EN: 'Clean water and sanitation' },
  7: { CA: 'Energia assequible i no contaminant', ES: 'Energía asequible y no contaminante', EN: 'Affordable and clean energy' },
  8: { CA: 'Treball digne i creixement econòmic', ES: 'Trabajo decente y crecimiento económico', EN: 'Decent work and economic growth' },
  9: { CA: 'Indústria, innovació i infraestructura', ES: 'Industria, innovación e infraestructura', EN: 'Industry, innovation and infrastructure' },
  10: { CA: 'Reducció de les desigualtats', ES: 'Reducción de las desigualdades', EN: 'Reduced inequalities' },
  11: { CA: 'Ciutats i comunitats sostenibles', ES: 'Ciudades y comunidades sostenibles', EN: 'Sustainable cities and communities' },
  12: { CA: 'Producció i consum responsables', ES: 'Producción y consumo responsables', EN: 'Responsible consumption and production' },
  13: { CA: 'Acció climàtica', ES: 'Acción por el clima', EN: 'Climate action' },
  14: { CA: 'Vida submarina', ES: 'Vida submarina', EN: 'Life below water' },
  15: { CA: 'Vida terrestre', ES: 'Vida de ecosistemas terrestres', EN: 'Life on land' },
  16: { CA: 'Pau, justícia i institucions sòlides', ES: 'Paz, justicia e instituciones sólidas', EN: 'Peace, justice and strong institutions' },
  17: { CA: 'Aliança pels objectius', ES: 'Alianzas para lograr los objetivos', EN: 'Partnerships for the goals' },
};

export function sdgName(goal: number, locale: Locale): string {
  const names = SDG_NAMES[goal];
  if (!names) throw new RangeError(`There is no Sustainable Development Goal ${goal}`);
  return names[locale] ?? names[DEFAULT_LOCALE];
}
