import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Min } from 'class-validator';
import { RequestContext } from '../graphql/context';
import { MutationPayload } from '../errors/user-error.type';
import { changePublication, PublicationResult } from './resource-publishing.service';
import { PublicationAction } from './resource-status.workflow';
import { toResourceNode } from './resource.mapper';
import { ResourceNode } from './resource.type';

@InputType({ description: 'A fitxa to publish, unpublish or archive.' })
export class ResourcePublicationInput {
  @Field(() => ID, { description: 'Global ID of the resource.' })
  resourceId!: string;

  @Field(() => Int, { nullable: true, description: 'The version the editor reviewed; when another editor saved since, nothing happens and STALE_VERSION is returned.' })
  @Min(1)
  expectedVersion?: number | null;
}

@ObjectType({ description: 'Result of a publication change.' })
export class ResourcePublicationPayload extends MutationPayload {
  @Field(() => ResourceNode, { nullable: true, description: 'The fitxa as it now stands (its working draft).' })
  resource!: ResourceNode | null;
}

@Resolver()
export class ResourcePublishingResolver {
  @Mutation(() => ResourcePublicationPayload, { description: "Publish the fitxa's current draft (editors of its provider). Checks completeness in Catalan; other missing translations are warnings." })
  publishResource(@Ctx() context: RequestContext, @Arg('input', () => ResourcePublicationInput, { validate: true, description: 'The fitxa to publish, with the version reviewed.' }) input: ResourcePublicationInput) {
    return this.run(context, 'publish', input);
  }

  @Mutation(() => ResourcePublicationPayload, { description: 'Withdraw the fitxa from the public catalogue; its draft stays (editors of its provider).' })
  unpublishResource(@Ctx() context: RequestContext, @Arg('input', () => ResourcePublicationInput, { validate: true, description: 'The fitxa to unpublish, with the version reviewed.' }) input: ResourcePublicationInput) {
    return this.run(context, 'unpublish', input);
  }

  @Mutation(() => ResourcePublicationPayload, { description: 'Archive the fitxa: no longer offered nor public, kept for the record (editors of its provider).' })
  archiveResource(@Ctx() context: RequestContext, @Arg('input', () => ResourcePublicationInput, { validate: true, description: 'The fitxa to archive, with the version reviewed.' }) input: ResourcePublicationInput) {
    return this.run(context, 'archive', input);
  }

  private async run(context: RequestContext, action: PublicationAction, input: ResourcePublicationInput): Promise<ResourcePublicationPayload> {
    const result: PublicationResult = await changePublication(context, action, input);
    return {
      resource: result.snapshot && toResourceNode(result.snapshot, context.locale, context.config.publicBaseUrl),
      warnings: result.warnings,
      userErrors: result.userErrors,
    };
  }
}
