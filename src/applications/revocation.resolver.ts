import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { withoutTenantFilter } from '../database/tenant-filter';
import { RequestContext } from '../graphql/context';
import { ServedLocale } from '../graphql/served-locale';
import { optionalLabelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { ApplicationNode, toApplicationNode } from './application.type';
import { REVOCATION_OUTCOME_LABELS } from './revocation-labels';
import { CloseRevocationInput, OpenRevocationInput, RevokeGrantInput } from './revocation.inputs';
import { RevocationEntity } from './revocation.entity';
import { endRevocation, openRevocation, RevocationResult } from './revocation.service';
import { RevocationPayload, RevocationView, toRevocationView } from './revocation.type';

/** One query per page of applications, not one per application: a loader per request. */
const loaders = new WeakMap<RequestContext, DataLoader<string, RevocationEntity[]>>();
function revocationsLoader(context: RequestContext): DataLoader<string, RevocationEntity[]> {
  let loader = loaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (applicationIds) => {
      const rows = await context.em.find(RevocationEntity, { application: { $in: [...applicationIds] } }, {
        ...withoutTenantFilter('the applications were already found readable by the caller; their revocations go with them'), orderBy: { openedAt: 'asc' },
        populate: ['hearing', 'resolution.registryEntry', 'resolution.document', 'resolution.notification'],
      });
      return applicationIds.map((id) => rows.filter((row) => row.application.id === id));
    });
    loaders.set(context, loader);
  }
  return loader;
}

const payload = (result: RevocationResult): RevocationPayload => ({
  application: result.application && toApplicationNode(result.application),
  revocation: result.revocation && toRevocationView(result.revocation),
  userErrors: result.userErrors,
  warnings: [],
});

/**
 * The revocation procedure of fitxa 111219 (DESIGN.md "After submission"). Who may act is the
 * application policy's `canReviewApplications`, checked where the service loads the application
 * (the provider is known only then): the provider's reviewers and admins.
 */
@Resolver(() => ApplicationNode)
export class RevocationResolver {
  @FieldResolver(() => [RevocationView], { description: 'Revocation procedures on this application, oldest first; at most the last one is open.' })
  async revocations(@Root() node: ApplicationNode, @Ctx() context: RequestContext): Promise<RevocationView[]> {
    if (!node.entity.submittedAt) return [];
    return (await revocationsLoader(context).load(node.entity.id)).map(toRevocationView);
  }

  @Mutation(() => RevocationPayload, { description: "Open a revocation procedure on a granted application from the provider's diagnosis (the provider's reviewers and admins)." })
  async openRevocation(@Ctx() context: RequestContext, @Arg('input', () => OpenRevocationInput, { validate: true, description: 'The application and the diagnosis.' }) input: OpenRevocationInput) {
    return payload(await openRevocation(context, input));
  }

  @Mutation(() => RevocationPayload, {
    description: "Revoke the grant by resolution (sealed, registered outgoing and notified) once the entity was heard and before the procedure lapses; the entity may then apply again. The provider's reviewers and admins.",
  })
  async revokeGrant(@Ctx() context: RequestContext, @Arg('input', () => RevokeGrantInput, { validate: true, description: "The application and the resolution's reasons and competent body." }) input: RevokeGrantInput) {
    return payload(await endRevocation(context, 'revoke', input));
  }

  @Mutation(() => RevocationPayload, {
    description: "Close the open revocation procedure without revoking, by resolution (sealed, registered outgoing and notified), before it lapses; the application is granted again. The provider's reviewers and admins.",
  })
  async closeRevocation(@Ctx() context: RequestContext, @Arg('input', () => CloseRevocationInput, { validate: true, description: "The application and the resolution's reasons and competent body." }) input: CloseRevocationInput) {
    return payload(await endRevocation(context, 'closeRevocation', input));
  }
}

/** The `…Label` siblings of a revocation's enum values, in the locale the field serves. */
@Resolver(() => RevocationView)
export class RevocationLabelsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Label of `outcome`, e.g. "Caducat".' })
  outcomeLabel(@Root() revocation: RevocationView, @ServedLocale() locale: Locale): string | null {
    return optionalLabelOf(REVOCATION_OUTCOME_LABELS, revocation.outcome, locale);
  }
}

export const revocationResolvers = [RevocationResolver, RevocationLabelsResolver] as const;
