import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { RequestContext } from '../graphql/context';
import { MutationPayload } from '../errors/user-error.type';
import { ResourceContentInput } from './resource-content.input';
import { createResource, deleteResourceDraft, EditingResult, restoreResourceRevision, updateResource } from './resource-editing.service';
import { toResourceNode } from './resource.mapper';
import { ResourceNode } from './resource.type';
import { authorize } from '../identity/policy';
import { requireActor } from '../identity/representation.service';
import { canEditResources } from './resource.policy';

@InputType({ description: 'A new draft fitxa.' })
export class CreateResourceInput {
  @Field({ description: 'Slug of the provider, e.g. "diba"; the caller must be one of its editors.' })
  provider!: string;

  @Field({ description: 'Codi recurs: 1 to 32 letters, digits, ".", "_" or "-", unique within the provider.' })
  code!: string;

  @Field(() => ResourceContentInput, { description: 'Everything the fitxa says.' })
  content!: ResourceContentInput;
}

@InputType({ description: "New content for a fitxa's working draft." })
export class UpdateResourceInput {
  @Field(() => ID, { description: 'Global ID of the resource.' })
  resourceId!: string;

  @Field(() => Int, { description: 'The version the editor started from; when another editor saved since, nothing happens and STALE_VERSION is returned.' })
  expectedVersion!: number;

  @Field(() => ResourceContentInput, { description: 'Everything the fitxa says, replacing the working content; Resource.content gives it in this shape.' })
  content!: ResourceContentInput;
}

@InputType({ description: 'A never-published fitxa to delete.' })
export class DeleteResourceDraftInput {
  @Field(() => ID, { description: 'Global ID of the resource.' })
  resourceId!: string;

  @Field(() => Int, { description: 'The version the editor saw.' })
  expectedVersion!: number;
}

@ObjectType({ description: 'Result of createResource.' })
export class CreateResourcePayload extends MutationPayload {
  @Field(() => ResourceNode, { nullable: true, description: 'The new draft.' })
  resource!: ResourceNode | null;
}

@ObjectType({ description: 'Result of updateResource.' })
export class UpdateResourcePayload extends MutationPayload {
  @Field(() => ResourceNode, { nullable: true, description: 'The working draft as it now stands.' })
  resource!: ResourceNode | null;
}

@InputType({ description: 'An earlier revision to make the working draft again.' })
export class RestoreResourceRevisionInput {
  @Field(() => ID, { description: 'Global ID of the resource.' })
  resourceId!: string;

  @Field(() => ID, { description: 'Global ID of the revision (from Resource.revisions).' })
  revisionId!: string;

  @Field(() => Int, { description: 'The version the editor saw.' })
  expectedVersion!: number;
}

@ObjectType({ description: 'Result of restoreResourceRevision.' })
export class RestoreResourceRevisionPayload extends MutationPayload {
  @Field(() => ResourceNode, { nullable: true, description: 'The working draft as it now stands.' })
  resource!: ResourceNode | null;
}

@ObjectType({ description: 'Result of deleteResourceDraft.' })
export class DeleteResourceDraftPayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted resource.' })
  deletedResourceId!: string | null;
}

@Resolver()
export class ResourceEditingResolver {
  @Mutation(() => CreateResourcePayload, { description: 'Create a draft fitxa (editors of the provider).' })
  async createResource(@Ctx() context: RequestContext, @Arg('input', () => CreateResourceInput, { description: 'The provider, the codi recurs and the content.' }) input: CreateResourceInput): Promise<CreateResourcePayload> {
    authorize(canEditResources(requireActor(context), input.provider), ['input', 'provider']);
    return this.payload(context, await createResource(context, input));
  }

  @Mutation(() => UpdateResourcePayload, { description: "Replace a fitxa's working content (editors of its provider). The public sees the change only once it is published." })
  async updateResource(@Ctx() context: RequestContext, @Arg('input', () => UpdateResourceInput, { description: 'The fitxa, the version edited and its new content.' }) input: UpdateResourceInput): Promise<UpdateResourcePayload> {
    return this.payload(context, await updateResource(context, input));
  }

  @Mutation(() => DeleteResourceDraftPayload, { description: 'Delete a fitxa that was never published (editors of its provider).' })
  async deleteResourceDraft(@Ctx() context: RequestContext, @Arg('input', () => DeleteResourceDraftInput, { description: 'The draft to delete, with the version seen.' }) input: DeleteResourceDraftInput): Promise<DeleteResourceDraftPayload> {
    const result = await deleteResourceDraft(context, input);
    return { deletedResourceId: result.deletedResourceId && input.resourceId, userErrors: result.userErrors };
  }

  @Mutation(() => RestoreResourceRevisionPayload, { description: "Make an earlier revision the working draft again (editors of the fitxa's provider); it becomes a new revision." })
  async restoreResourceRevision(
    @Ctx() context: RequestContext, @Arg('input', () => RestoreResourceRevisionInput, { description: 'The fitxa, the revision to restore and the version seen.' }) input: RestoreResourceRevisionInput,
  ): Promise<RestoreResourceRevisionPayload> {
    return this.payload(context, await restoreResourceRevision(context, input));
  }

  private payload(context: RequestContext, result: EditingResult) {
    return {
      resource: result.snapshot && toResourceNode(result.snapshot, context.locale, context.config.publicBaseUrl),
      userErrors: result.userErrors,
    };
  }
}
