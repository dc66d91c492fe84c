import { toResourceSearch } from '../catalogue/resource-search';
import { Args, Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import { listFolder } from '../catalogue/folder.service';
import { toResourceNode } from '../catalogue/resource.mapper';
import { ResourceConnection } from '../catalogue/resource.type';
import { RequestContext } from '../graphql/context';
import { ConnectionArguments, toConnection } from '../graphql/pagination';
import { LocaleArgument, ServedLocale } from '../graphql/served-locale';
import { Locale } from '../i18n/locale';
import { toLocalEntityNode } from '../tenancy/local-entity.resolver';
import { LocalEntityNode } from '../tenancy/local-entity.type';
import { toProviderNode } from '../tenancy/tenancy.mappers';
import { ProviderEntity } from '../tenancy/provider.entity';
import { actingEntities } from './representation.service';
import { AssuranceLevelValue, CertificateTypeValue, StaffRoleName, StaffRoleView, ViewerView } from './viewer.type';

@Resolver(() => ViewerView)
export class ViewerResolver {
  @Query(() => ViewerView, { nullable: true, description: 'The authenticated person; null for anonymous callers.' })
  viewer(@Ctx() { identity: { actor } }: RequestContext, @LocaleArgument() _locale: Locale): ViewerView | null {
    if (!actor) return null;
    return {
      id: Buffer.from(`Viewer:${actor.subject}`, 'utf8').toString('base64url'), subject: actor.subject, name: actor.name, nif: actor.nif,
      certificate: { type: actor.certificate.type as CertificateTypeValue, assurance: actor.certificate.assurance as AssuranceLevelValue },
    };
  }

  @FieldResolver(() => [LocalEntityNode], { description: 'Local entities the person may act for: by representation certificate or by authorization.' })
  async entities(@Ctx() context: RequestContext): Promise<LocalEntityNode[]> {
    return (await actingEntities(context)).map(toLocalEntityNode);
  }

  @FieldResolver(() => [StaffRoleView], { description: 'Staff roles per provider.' })
  async roles(@Ctx() { identity, em }: RequestContext): Promise<StaffRoleView[]> {
    const grants = identity.actor?.roles ?? [];
    const providers = grants.length ? await em.find(ProviderEntity, { slug: { $in: grants.map((g) => g.provider) } }) : [];
    return grants.flatMap((grant) => {
      const provider = providers.find((p) => p.slug === grant.provider);
      return provider ? [{ role: grant.role as StaffRoleName, provider: toProviderNode(provider) }] : [];
    });
  }

  @FieldResolver(() => ResourceConnection, { description: 'Fitxes the person keeps in their folder ("Afegeix a la carpeta"), newest first.' })
  async folder(
    @Ctx() context: RequestContext, @Args(() => ConnectionArguments) page: ConnectionArguments, @ServedLocale() locale: Locale,
  ): Promise<ResourceConnection> {
    const result = await listFolder(context, page);
    const nodes = result.snapshots.map((s) => toResourceNode(s, locale, context.config.publicBaseUrl));
    const search = { ...toResourceSearch(null, []), folderOwnerSubject: context.identity.actor?.subject };
    return { ...toConnection(nodes, result.window, result.total), search, locale };
  }
}
