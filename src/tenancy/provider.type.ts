import { DateScalar } from '../graphql/scalars';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node.type';
import { LocalizedText } from '../i18n/locale';

@ObjectType('Provider', { implements: Node, description: 'A diputació that publishes a catalogue of resources.', simpleResolvers: true })
export class ProviderNode extends Node {
  @Field({ description: 'Short stable name used in URLs and filters, e.g. "diba".' })
  slug!: string;

  @Field({ description: 'Official name.' })
  name!: string;

  @Field({ description: 'Tax id (NIF).' })
  nif!: string;

  @Field({ description: 'INE code of the province that is its territory (demarcació).' })
  provinceCode!: string;

  @Field({ description: 'INE code of the municipality of its seat, whose local holidays count for deadlines.' })
  seatMunicipalityCode!: string;

  @Field({ description: 'Website.' })
  website!: string;

  @Field(() => String, { nullable: true, description: 'Electronic office (seu electrònica).' })
  electronicOfficeUrl!: string | null;

  /** Internal: used by field resolvers. */
  databaseId!: string;
}

@ObjectType('Catalogue', { implements: Node, description: 'A catalogue or call (convocatòria / línia de suport).', simpleResolvers: true })
export class CatalogueNode extends Node {
  @Field({ description: 'Stable code within the provider.' })
  code!: string;

  /** Internal: the Catalan name; the GraphQL `name` serves it in the field's locale (taxonomy-names.resolver). */
  name!: string;

  /** Internal: names in other languages, as saved by the provider's admins. */
  nameTranslations!: LocalizedText | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the period.' })
  startDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the period.' })
  endDate!: string | null;
}

@ObjectType('Area', { implements: Node, description: 'An area of the provider (àrea).', simpleResolvers: true })
export class AreaNode extends Node {
  @Field({ description: 'Stable code within the provider.' })
  code!: string;

  /** Internal: the Catalan name; the GraphQL `name` serves it in the field's locale (taxonomy-names.resolver). */
  name!: string;

  /** Internal: names in other languages, as saved by the provider's admins. */
  nameTranslations!: LocalizedText | null;
}

@ObjectType('Programme', { implements: Node, description: 'A field of action (àmbit) inside an area.', simpleResolvers: true })
export class ProgrammeNode extends Node {
  @Field({ description: 'Stable code within the provider.' })
  code!: string;

  /** Internal: the Catalan name; the GraphQL `name` serves it in the field's locale (taxonomy-names.resolver). */
  name!: string;

  /** Internal: names in other languages, as saved by the provider's admins. */
  nameTranslations!: LocalizedText | null;
}

@ObjectType('ContactPoint', { description: 'How to reach a provider unit.', simpleResolvers: true })
export class ContactPoint {
  @Field(() => String, { nullable: true, description: 'Telephone.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Contact form ("Formulari de contacte").' })
  contactFormUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Web page.' })
  website!: string | null;
}

@ObjectType('ProviderUnit', { implements: Node, description: 'The unit that provides a resource (unitat prestadora).', simpleResolvers: true })
export class ProviderUnitNode extends Node {
  @Field({ description: 'Stable code within the provider.' })
  code!: string;

  /** Internal: the Catalan name; the GraphQL `name` serves it in the field's locale (taxonomy-names.resolver). */
  name!: string;

  /** Internal: names in other languages, as saved by the provider's admins. */
  nameTranslations!: LocalizedText | null;

  @Field(() => String, { nullable: true, description: 'Acronym, e.g. "DSTSC".' })
  acronym!: string | null;

  @Field(() => ContactPoint, { description: 'Contact point.' })
  contactPoint!: ContactPoint;
}
