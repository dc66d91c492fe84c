import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../graphql/context';
import { LocaleArgument } from '../graphql/served-locale';
import { mayActFor } from '../identity/representation.service';
import { Locale } from '../i18n/locale';
import { RegistryEntryView, toRegistryEntryView } from '../registry/registry-entry.type';
import { canReviewApplications } from './application.policy';
import { SignedActContentInput } from './application.inputs';
import { ApplicationNode, SigningPayloadView } from './application.type';
import { registryEntriesOf, signedActPayloadFor } from './signed-act-registration.service';

/** The acts registered about an application, and the bytes to sign for the next one. */
@Resolver(() => ApplicationNode)
export class SignedActResolver {
  @Query(() => SigningPayloadView, {
    description: 'The exact bytes to sign for an act on an application (RFC 8785 canonical JSON naming the application, the act, you, the statement and the attachments\' SHA-256), for people who act for its entity.',
  })
  async signedActContent(
    @Ctx() context: RequestContext,
    @Arg('input', () => SignedActContentInput, { validate: true, description: 'The application, the act, the statement and the attachments.' }) input: SignedActContentInput,
    @LocaleArgument() _locale: Locale,
  ): Promise<SigningPayloadView> {
    return signedActPayloadFor(context, input);
  }

  @FieldResolver(() => [RegistryEntryView], { description: "Every entry of the provider's registry about this application, incoming and outgoing, in registry order; empty for drafts." })
  async registryEntries(@Root() node: ApplicationNode, @Ctx() context: RequestContext): Promise<RegistryEntryView[]> {
    if (!node.entity.submittedAt) return [];
    const entries = await registryEntriesOf(context, node.entity);
    // Who signed is personal data: shown to whom may act for the entity or review the provider's applications today.
    const showSigner = canReviewApplications(context.identity.actor, node.entity.provider.slug) || await mayActFor(context, node.entity.localEntity.id);
    return entries.map((entry) => toRegistryEntryView(entry, { showSigner }));
  }
}
