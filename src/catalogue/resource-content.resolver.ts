import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../graphql/context';
import { checkDraftPublication, findEditableContent } from './resource-draft.service';
import { PublicationCheck, ResourceContent } from './resource-content.type';
import { ResourceNode } from './resource.type';

/** The back office's view of a fitxa: its editable draft and what publishing it would say. */
@Resolver(() => ResourceNode)
export class ResourceContentResolver {
  @FieldResolver(() => ResourceContent, {
    nullable: true,
    description: "The working draft in the shape of ResourceContentInput (every translation that exists, fileIds, requirement codes), to load a form and send it back unchanged with updateResource; take expectedVersion from resource(preview: true).version. Only the provider's editors and admins; null for anyone else.",
  })
  async content(@Root() resource: ResourceNode, @Ctx() context: RequestContext): Promise<ResourceContent | null> {
    return await findEditableContent(context, resource.snapshot.id, resource.snapshot.provider.slug) as ResourceContent | null;
  }

  @FieldResolver(() => PublicationCheck, {
    nullable: true,
    description: "What publishResource would answer now for the working draft (its userErrors and warnings), without publishing. Only the provider's editors and admins; null for anyone else.",
  })
  async publicationCheck(@Root() resource: ResourceNode, @Ctx() context: RequestContext): Promise<PublicationCheck | null> {
    const check = await checkDraftPublication(context, resource.snapshot.id, resource.snapshot.provider.slug);
    return check && { publishable: check.errors.length === 0, errors: check.errors, warnings: check.warnings };
  }
}
