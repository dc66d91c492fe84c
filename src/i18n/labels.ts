import { LocalEntityType } from '../tenancy/local-entity-type';
import { ResourceKind } from '../catalogue/resource-enums';
import { DEFAULT_LOCALE, Locale, LocalizedText } from './locale';

/**
 * A label in every language the catalogue is edited in: Catalan (the fallback), Spanish and
 * English are required, so a value left untranslated is a compile error; Occitan falls back to
 * Catalan unless given.
 */
export type Label = LocalizedText & { CA: string; ES: string; EN: string };

/**
 * Human labels of enum values, per locale. One table per enum (a Record, so a value without a
 * label is a compile error), so a front end never hard-codes its own translation of a value.
 */
export type LabelTable<Value extends string> = Record<Value, Label>;

export function labelOf<Value extends string>(table: LabelTable<Value>, value: Value, locale: Locale): string {
  const labels = table[value];
  return labels[locale] ?? labels[DEFAULT_LOCALE];
}

/** Labels of a list of values, in order (e.g. audienceLabels). */
export function labelsOf<Value extends string>(table: LabelTable<Value>, values: readonly Value[], locale: Locale): string[] {
  return values.map((value) => labelOf(table, value, locale));
}

/** Label of an optional value: null stays null. */
export function optionalLabelOf<Value extends string>(table: LabelTable<Value>, value: Value | null | undefined, locale: Locale): string | null {
  return value == null ? null : labelOf(table, value, locale);
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

/** One entity's kind, in the singular (LocalEntity.typeLabel); the plural table above names audiences. */
export const LOCAL_ENTITY_TYPE_SINGULAR_LABELS: LabelTable<LocalEntityType> = {
  AJUNTAMENT: { CA: 'Ajuntament', ES: 'Ayuntamiento', EN: 'Town council' },
  CONSELL_COMARCAL: { CA: 'Consell comarcal', ES: 'Consejo comarcal', EN: 'County council' },
  MANCOMUNITAT: { CA: 'Mancomunitat', ES: 'Mancomunidad', EN: 'Association of municipalities' },
  EMD: { CA: 'Entitat municipal descentralitzada', ES: 'Entidad municipal descentralizada', EN: 'Decentralised municipal entity' },
  CONSORCI: { CA: 'Consorci', ES: 'Consorcio', EN: 'Consortium' },
  DIPUTACIO: { CA: 'Diputació', ES: 'Diputación', EN: 'Provincial council' },
  ALTRES: { CA: 'Altre ens', ES: 'Otro ente', EN: 'Other entity' },
};

/** The official short names of the 17 Sustainable Development Goals (ODS) of the 2030 Agenda. */
export const SDG_NAMES: Readonly<Record<number, Label>> = {
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
