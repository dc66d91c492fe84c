import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../graphql/context';
import { AttachmentView } from './application.type';

@Resolver(() => AttachmentView)
export class ApplicationAttachmentResolver {
  /**
   * Attachments are only served inside an application the caller may read, and whoever may read
   * the application may read its files (the rule of GET /files/{id}), so the link is theirs to have.
   */
  @FieldResolver(() => String, {
    description: 'Signed link to the file (GET /files/{id}?expires=…&signature=…) that works without an Authorization header, for a few minutes; ask again for a fresh one.',
  })
  downloadUrl(@Root() attachment: AttachmentView, @Ctx() context: RequestContext): string {
    return context.downloadUrls.sign(`/files/${attachment.fileId}`, context.clock.now());
  }
}
