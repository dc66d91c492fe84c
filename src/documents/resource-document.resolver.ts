import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../graphql/context';
import { ResourceDocumentView } from '../catalogue/resource.type';
import { canReadUnpublishedDocuments } from './document.policy';

@Resolver(() => ResourceDocumentView)
export class ResourceDocumentResolver {
  /**
   * A version served here that is not public yet (a draft's, in a preview) can only be read by the
   * provider's staff: they get a signed link that works without a bearer header. Everyone else
   * gets `url`, which for them only names public versions, and which the public response cache may
   * keep (a signed link would expire inside it).
   */
  @FieldResolver(() => String, {
    description: 'A link that downloads this version as a plain link (no Authorization header). For versions not yet public, only the provider\'s staff see them, and for them it is signed and valid for a few minutes; otherwise it equals `url`.',
  })
  downloadUrl(@Root() document: ResourceDocumentView, @Ctx() context: RequestContext): string {
    const prefix = `${context.config.publicBaseUrl}/documents/`;
    const ours = document.url.startsWith(prefix);
    if (!ours || !canReadUnpublishedDocuments(context.identity, document.providerId)) return document.url;
    return context.downloadUrls.sign(`/documents/${document.id}`, context.clock.now());
  }
}
