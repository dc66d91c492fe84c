import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('FacetValue', { description: 'One value of a facet, with how many fitxes have it.', simpleResolvers: true })
export class FacetValue {
  @Field({
    description: 'What to put in the filter to select it: a provider slug, an enum value (ResourceKind, LocalEntityType), an SDG '
      + 'number, or for areas, programmes and catalogues the provider-qualified code "<providerSlug>:<code>".',
  })
  value!: string;

  @Field({ description: 'Human label in the served locale.' })
  label!: string;

  @Field(() => Int, {
    description: "Fitxes that match the current filter without this dimension's own selection, and have this value. "
      + 'A selected value is listed even when its count is 0.',
  })
  count!: number;
}

@ObjectType('ResourceFacets', {
  description: "Counts per value of each dimension of the filter, as faceted search shows them: each dimension counts the fitxes "
    + "matching every other filter, so selecting a value does not hide its siblings. Values are ordered by count, then label; "
    + 'values no fitxa has are left out.',
  simpleResolvers: true,
})
export class ResourceFacets {
  @Field(() => [FacetValue], { description: 'Providers (value: slug; label: name).' })
  provider!: FacetValue[];

  @Field(() => [FacetValue], { description: 'Kinds of resource.' })
  kind!: FacetValue[];

  @Field(() => [FacetValue], { description: 'Kinds of entity in the audience (a fitxa counts once for each kind it is offered to).' })
  audience!: FacetValue[];

  @Field(() => [FacetValue], { description: 'Areas (value: "<providerSlug>:<code>").' })
  area!: FacetValue[];

  @Field(() => [FacetValue], { description: 'Programmes, àmbits (value: "<providerSlug>:<code>").' })
  programme!: FacetValue[];

  @Field(() => [FacetValue], { description: 'Catalogues and calls (value: "<providerSlug>:<code>").' })
  catalogue!: FacetValue[];

  @Field(() => [FacetValue], { description: 'Sustainable Development Goals (value: the number; label: "N. name").' })
  sdg!: FacetValue[];
}
