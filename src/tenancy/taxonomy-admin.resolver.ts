import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { registerDescribedEnum } from '../graphql/described-enum';
import { ArrayMaxSize, MaxLength, ValidateNested } from 'class-validator';
import { TaxonomyNameTranslationInput } from './taxonomy-name.type';
import { RequestContext } from '../graphql/context';
import { DateScalar } from '../graphql/scalars';
import { MutationPayload } from '../errors/user-error.type';
import { AreaNode, CatalogueNode, ProgrammeNode, ProviderUnitNode } from './provider.type';
import { deleteTaxonomyItem, saveArea, saveCatalogue, saveProgramme, saveProviderUnit, SaveResult, TaxonomyKind } from './taxonomy-admin.service';
import { toAreaNode, toCatalogueNode, toProgrammeNode, toProviderUnitNode } from './tenancy.mappers';
import { authorize } from '../identity/policy';
import { requireActor } from '../identity/representation.service';
import { canAdministerProvider } from './tenancy.policy';

@InputType({ description: 'An area, created or updated by its code.' })
export class SaveAreaInput {
  @Field({ description: 'Provider slug.' }) @MaxLength(64) provider!: string;
  @Field({ description: 'Code, unique within the provider (lower-case letters, digits, hyphens).' }) @MaxLength(64) code!: string;
  @Field({ description: 'Name in Catalan, the reference language.' }) @MaxLength(1000) name!: string;
  @Field(() => [TaxonomyNameTranslationInput], {
    nullable: true,
    description: 'Names in Spanish, English or Occitan. When given, they replace the saved ones (an empty list removes them); when omitted, those stay.',
  })
  @ArrayMaxSize(10) @ValidateNested({ each: true })
  translations?: TaxonomyNameTranslationInput[] | null;
}

@InputType({ description: 'A programme (àmbit), created or updated by its code.' })
export class SaveProgrammeInput extends SaveAreaInput {
  @Field(() => String, { nullable: true, description: 'Code of the area it belongs to.' }) @MaxLength(64) areaCode?: string | null;
}

@InputType({ description: 'A catalogue or call (convocatòria), created or updated by its code.' })
export class SaveCatalogueInput extends SaveAreaInput {
  @Field(() => DateScalar, { nullable: true, description: 'First day of its period.' }) startDate?: Date | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day of its period.' }) endDate?: Date | null;
}

@InputType({ description: 'A provider unit with its contact point, created or updated by its code.' })
export class SaveProviderUnitInput extends SaveAreaInput {
  @Field(() => String, { nullable: true, description: 'Acronym, e.g. DSTSC.' }) @MaxLength(1000) acronym?: string | null;
  @Field(() => String, { nullable: true, description: 'Telephone.' }) @MaxLength(1000) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail address.' }) @MaxLength(1000) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Contact form.' }) @MaxLength(1000) contactFormUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'Web page.' }) @MaxLength(1000) website?: string | null;
}

export enum TaxonomyItemKind { AREA = 'area', PROGRAMME = 'programme', CATALOGUE = 'catalogue', PROVIDER_UNIT = 'providerUnit' }
registerDescribedEnum(TaxonomyItemKind, {
  name: 'TaxonomyItemKind',
  description: 'Which piece of a provider\'s taxonomy.',
  values: {
    AREA: 'An area (àrea).',
    PROGRAMME: 'A programme, or field of action (àmbit).',
    CATALOGUE: 'A catalogue or call (convocatòria).',
    PROVIDER_UNIT: 'A provider unit (unitat prestadora).',
  },
});

@InputType({ description: 'A piece of taxonomy to delete, by its code.' })
export class DeleteTaxonomyItemInput {
  @Field({ description: 'Provider slug.' }) @MaxLength(64) provider!: string;
  @Field(() => TaxonomyItemKind, { description: 'Which piece of the taxonomy.' }) kind!: TaxonomyItemKind;
  @Field({ description: 'Its code within the provider.' }) @MaxLength(64) code!: string;
}

@ObjectType({ description: 'Result of deleting a piece of taxonomy.' })
export class DeleteTaxonomyItemPayload extends MutationPayload {
  @Field(() => String, { nullable: true, description: 'The code deleted; null when nothing was.' }) deletedCode!: string | null;
}

function payloadType<T extends object>(name: string, itemType: new () => T, field: string) {
  @ObjectType(name, { description: `Result of saving a ${field}.` })
  class Payload extends MutationPayload {
    @Field(() => itemType, { nullable: true, description: `The ${field}, when saved.` }) item!: T | null;
    @Field({ description: 'It did not exist before.' }) created!: boolean;
  }
  return Payload;
}

const SaveAreaPayload = payloadType('SaveAreaPayload', AreaNode, 'area');
const SaveProgrammePayload = payloadType('SaveProgrammePayload', ProgrammeNode, 'programme');
const SaveCataloguePayload = payloadType('SaveCataloguePayload', CatalogueNode, 'catalogue');
const SaveProviderUnitPayload = payloadType('SaveProviderUnitPayload', ProviderUnitNode, 'provider unit');

const toPayload = <E, N>(result: SaveResult<E>, map: (item: E) => N) => ({ ...result, item: result.item && map(result.item) });

@Resolver()
export class TaxonomyAdminResolver {
  @Mutation(() => SaveAreaPayload, { description: "Create or update an area (the provider's admins)." })
  async saveArea(@Ctx() context: RequestContext, @Arg('input', () => SaveAreaInput, { validate: true, description: 'The area, by its code.' }) input: SaveAreaInput) {
    authorize(canAdministerProvider(requireActor(context), input.provider), ['input', 'provider']);
    return toPayload(await saveArea(context, input), toAreaNode);
  }

  @Mutation(() => SaveProgrammePayload, { description: "Create or update a programme (the provider's admins)." })
  async saveProgramme(@Ctx() context: RequestContext, @Arg('input', () => SaveProgrammeInput, { validate: true, description: 'The programme, by its code.' }) input: SaveProgrammeInput) {
    authorize(canAdministerProvider(requireActor(context), input.provider), ['input', 'provider']);
    return toPayload(await saveProgramme(context, input), toProgrammeNode);
  }

  @Mutation(() => SaveCataloguePayload, { description: "Create or update a catalogue (the provider's admins)." })
  async saveCatalogue(@Ctx() context: RequestContext, @Arg('input', () => SaveCatalogueInput, { validate: true, description: 'The catalogue, by its code.' }) input: SaveCatalogueInput) {
    authorize(canAdministerProvider(requireActor(context), input.provider), ['input', 'provider']);
    return toPayload(await saveCatalogue(context, input), toCatalogueNode);
  }

  @Mutation(() => SaveProviderUnitPayload, { description: "Create or update a provider unit and its contact point (the provider's admins)." })
  async saveProviderUnit(@Ctx() context: RequestContext, @Arg('input', () => SaveProviderUnitInput, { validate: true, description: 'The provider unit, by its code.' }) input: SaveProviderUnitInput) {
    authorize(canAdministerProvider(requireActor(context), input.provider), ['input', 'provider']);
    return toPayload(await saveProviderUnit(context, input), toProviderUnitNode);
  }

  @Mutation(() => DeleteTaxonomyItemPayload, {
    description: "Delete an area, programme, catalogue or provider unit that no fitxa or programme uses (the provider's admins).",
  })
  deleteTaxonomyItem(@Ctx() context: RequestContext, @Arg('input', () => DeleteTaxonomyItemInput, { validate: true, description: 'What to delete, by kind and code.' }) input: DeleteTaxonomyItemInput) {
    authorize(canAdministerProvider(requireActor(context), input.provider), ['input', 'provider']);
    return deleteTaxonomyItem(context, input.kind as TaxonomyKind, input);
  }
}
