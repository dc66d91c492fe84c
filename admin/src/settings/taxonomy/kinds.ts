import type { SettingsTaxonomyQuery, TaxonomyItemKind } from '../../gql/graphql';

export type TaxonomyLists = NonNullable<SettingsTaxonomyQuery['provider']>;
export type KindName = 'areas' | 'programmes' | 'catalogues' | 'units';
export type TaxonomyItem = TaxonomyLists[KindName][number];

/** A control besides the code and the names, named as the save input's field (its user errors' path). */
export interface ExtraField {
  name: string;
  type: 'text' | 'date' | 'email' | 'tel' | 'url' | 'area';
  /** Drawn together with the other fields of the group, under its legend. */
  group?: 'contactPoint';
}

/**
 * The four kinds of a provider's taxonomy the admins keep: where their screens live, what the API
 * calls them, and what their save input takes besides code, Catalan name and translations. The
 * screens, the menu and the routes are drawn from this table.
 */
export interface TaxonomyKind {
  name: KindName;
  /** Under /:provider/administracio/. */
  path: string;
  apiKind: TaxonomyItemKind;
  fields: ExtraField[];
  /** The extra fields of a saved item as the form holds them ('' for none). */
  values: (item: TaxonomyItem) => Record<string, string>;
}

const orEmpty = (value: string | null | undefined) => value ?? '';
const NONE: Record<string, string> = {};

export const TAXONOMY_KINDS: TaxonomyKind[] = [
  { name: 'areas', path: 'arees', apiKind: 'AREA', fields: [], values: () => NONE },
  {
    name: 'programmes', path: 'ambits', apiKind: 'PROGRAMME',
    fields: [{ name: 'areaCode', type: 'area' }],
    values: (item) => ({ areaCode: orEmpty('area' in item ? item.area?.code : null) }),
  },
  {
    name: 'catalogues', path: 'catalegs', apiKind: 'CATALOGUE',
    fields: [{ name: 'startDate', type: 'date' }, { name: 'endDate', type: 'date' }],
    values: (item) => ('startDate' in item ? { startDate: orEmpty(item.startDate), endDate: orEmpty(item.endDate) } : NONE),
  },
  {
    name: 'units', path: 'unitats', apiKind: 'PROVIDER_UNIT',
    fields: [
      { name: 'acronym', type: 'text' },
      { name: 'phone', type: 'tel', group: 'contactPoint' },
      { name: 'email', type: 'email', group: 'contactPoint' },
      { name: 'contactFormUrl', type: 'url', group: 'contactPoint' },
      { name: 'website', type: 'url', group: 'contactPoint' },
    ],
    values: (item) => ('contactPoint' in item ? {
      acronym: orEmpty(item.acronym), phone: orEmpty(item.contactPoint.phone), email: orEmpty(item.contactPoint.email),
      contactFormUrl: orEmpty(item.contactPoint.contactFormUrl), website: orEmpty(item.contactPoint.website),
    } : NONE),
  },
];
