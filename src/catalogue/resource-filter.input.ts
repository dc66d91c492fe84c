import { ArrayMaxSize, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { registerDescribedEnum } from '../graphql/described-enum';
import { DateScalar } from '../graphql/scalars';
import { LocalEntityType } from '../tenancy/local-entity-type';
import { ResourceKind, ResourceStatus } from './resource-enums';
import { MAX_CODE_LENGTH } from './taxonomy-code';

const QUALIFIED = `A code matches that code of any provider; "<providerSlug>:<code>" (e.g. "diba:governs-digitals") only that provider's, since codes repeat across providers. Facet values come in the qualified form. Each part has at most ${MAX_CODE_LENGTH} characters.`;

@InputType({ description: 'Filters of the catalogue; all given filters must hold, and any value of a list may match.' })
export class ResourceFilter {
  @Field(() => [String], { nullable: true, description: 'Provider slugs.' })
  @ArrayMaxSize(20)
  provider?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Free text, accent-insensitive, ranked; Catalan stemming where the server supports it.' })
  @MaxLength(200)
  search?: string | null;

  @Field(() => [ResourceKind], { nullable: true, description: 'Kinds of resource.' })
  kind?: ResourceKind[] | null;

  @Field(() => [LocalEntityType], { nullable: true, description: 'Kinds of entity in the audience.' })
  audience?: LocalEntityType[] | null;

  @Field(() => [String], { nullable: true, description: `Area codes. ${QUALIFIED}` })
  @ArrayMaxSize(50)
  area?: string[] | null;

  @Field(() => [String], { nullable: true, description: `Programme (àmbit) codes. ${QUALIFIED}` })
  @ArrayMaxSize(50)
  programme?: string[] | null;

  @Field(() => [String], { nullable: true, description: `Catalogue codes. ${QUALIFIED}` })
  @ArrayMaxSize(50)
  catalogue?: string[] | null;

  @Field(() => [Int], { nullable: true, description: 'Sustainable Development Goals (1–17).' })
  @ArrayMaxSize(17)
  @Min(1, { each: true })
  @Max(17, { each: true })
  sdg?: number[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Open for applications on this day: an application window contains it, or the fitxa has no window (open all year).' })
  openOn?: Date | string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The application deadline is on or after this day.' })
  applicationDeadlineFrom?: Date | string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The application deadline is on or before this day.' })
  applicationDeadlineTo?: Date | string | null;

  @Field(() => [ResourceStatus], {
    nullable: true,
    description: 'Statuses of the fitxes to list; default: published only. DRAFT, UNPUBLISHED and ARCHIVED fitxes (their '
      + 'working copies) are listed only for the staff (editors, reviewers, admins) of their own provider; for anyone else '
      + 'only published fitxes ever match, so asking for other statuses gives no error and no rows.',
  })
  @ArrayMaxSize(10)
  status?: ResourceStatus[] | null;
}

export enum ResourceOrderField {
  TITLE = 'TITLE',
  CODE = 'CODE',
  PUBLISHED_AT = 'PUBLISHED_AT',
  APPLICATION_DEADLINE = 'APPLICATION_DEADLINE',
  RELEVANCE = 'RELEVANCE',
}

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerDescribedEnum(ResourceOrderField, {
  name: 'ResourceOrderField',
  description: 'What to order resources by.',
  values: {
    TITLE: 'Title, in the served locale.',
    CODE: 'Codi recurs.',
    PUBLISHED_AT: 'When the version served was published.',
    APPLICATION_DEADLINE: 'Last day of the latest application window.',
    RELEVANCE: 'How well the fitxa matches the search, best first; needs a search.',
  },
});
registerDescribedEnum(OrderDirection, {
  name: 'OrderDirection',
  description: 'Ascending or descending.',
  values: {
    ASC: 'Ascending: A to Z, earliest or smallest first.',
    DESC: 'Descending: Z to A, latest or largest first.',
  },
});

@InputType({ description: 'Order of the resources. Default: relevance when searching, else title.' })
export class ResourceOrder {
  @Field(() => ResourceOrderField, { description: 'What to order by; RELEVANCE needs a search.' })
  field!: ResourceOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction; relevance is always best first.' })
  direction!: OrderDirection;
}
