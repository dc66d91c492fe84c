import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { RequestContext } from '../graphql/context';
import { MutationPayload } from '../errors/user-error.type';
import { addToFolder, removeFromFolder } from './folder.service';
import { findPublishedResourcesByIds } from './resource-catalogue.service';
import { toResourceNode } from './resource.mapper';
import { ResourceNode } from './resource.type';

@InputType({ description: 'A fitxa to add to or remove from your folder.' })
export class FolderInput {
  @Field(() => ID, { description: 'Global ID of the resource.' })
  @MaxLength(200)
  resourceId!: string;
}

@ObjectType({ description: 'Result of changing your folder.' })
export class FolderPayload extends MutationPayload {
  @Field(() => ResourceNode, { nullable: true, description: 'The fitxa (null when it is no longer published).' })
  resource!: ResourceNode | null;
}

@Resolver()
export class FolderResolver {
  @Mutation(() => FolderPayload, { description: 'Keep a published fitxa in your folder ("Afegeix a la carpeta"); adding twice changes nothing.' })
  async addToFolder(@Ctx() context: RequestContext, @Arg('input', () => FolderInput, { validate: true, description: 'The fitxa to keep.' }) input: FolderInput): Promise<FolderPayload> {
    return this.payload(context, await addToFolder(context, input.resourceId));
  }

  @Mutation(() => FolderPayload, { description: 'Take a fitxa out of your folder; removing one that is not there changes nothing.' })
  async removeFromFolder(@Ctx() context: RequestContext, @Arg('input', () => FolderInput, { validate: true, description: 'The fitxa to take out.' }) input: FolderInput): Promise<FolderPayload> {
    return this.payload(context, await removeFromFolder(context, input.resourceId));
  }

  private async payload(context: RequestContext, resourceId: string): Promise<FolderPayload> {
    const [snapshot] = await findPublishedResourcesByIds(context, [resourceId]);
    return { resource: snapshot ? toResourceNode(snapshot, context.locale, context.config.publicBaseUrl) : null, userErrors: [] };
  }
}
