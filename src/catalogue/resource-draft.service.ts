import DataLoader from 'dataloader';
import { RequestContext } from '../graphql/context';
import { editableContent } from './resource-revision';
import { ResourceContentData } from './resource-content.validation';
import { checkPublication } from './resource-publication-check';
import { ResourceSnapshot } from './resource-snapshot';
import { compileResourceSnapshot, SNAPSHOT_POPULATE } from './resource-snapshot.compiler';
import { ResourceEntity } from './resource.entity';
import { UserError } from '../errors/user-error';
import { canReadDrafts } from './resource.policy';

/**
 * One loader per request: `content` and `publicationCheck` of the same fitxa, or of every fitxa of
 * an editor's list, read the drafts in one batch rather than once per field and row.
 */
const draftLoaders = new WeakMap<RequestContext, DataLoader<string, ResourceSnapshot | null>>();

function draftLoader(context: RequestContext): DataLoader<string, ResourceSnapshot | null> {
  let loader = draftLoaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      // The request's tenant filter applies here too: another provider's fitxa is not found.
      const rows = await context.em.find(ResourceEntity, { id: { $in: [...ids] } }, { populate: SNAPSHOT_POPULATE });
      return ids.map((id) => {
        const row = rows.find((resource) => resource.id === id);
        return row ? compileResourceSnapshot(row) : null;
      });
    });
    draftLoaders.set(context, loader);
  }
  return loader;
}

/**
 * The fitxa's working draft, whatever version the caller was served (a published snapshot may be
 * older than the draft): editors save the draft, and publishing publishes it. Only the provider's
 * editors and admins get it; null for anyone else.
 */
async function findWorkingDraft(context: RequestContext, resourceId: string, providerSlug: string): Promise<ResourceSnapshot | null> {
  if (!canReadDrafts(context.identity.actor, providerSlug)) return null;
  return draftLoader(context).load(resourceId);
}

/** The working draft in the shape of the editing input, so a form saves back what it loaded. */
export async function findEditableContent(context: RequestContext, resourceId: string, providerSlug: string): Promise<ResourceContentData | null> {
  const draft = await findWorkingDraft(context, resourceId, providerSlug);
  return draft && editableContent(draft);
}

/** What publishing the working draft now would refuse and remark, without publishing. */
export async function checkDraftPublication(
  context: RequestContext, resourceId: string, providerSlug: string,
): Promise<{ errors: UserError[]; warnings: UserError[] } | null> {
  const draft = await findWorkingDraft(context, resourceId, providerSlug);
  return draft && checkPublication(draft);
}
