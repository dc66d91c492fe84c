import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../graphql/context';
import { ConnectionArguments, mapConnection } from '../graphql/pagination';
import { LocaleArgument } from '../graphql/served-locale';
import { Locale } from '../i18n/locale';
import { ViewerView } from '../identity/viewer.type';
import { LocalEntityNode } from '../tenancy/local-entity.type';
import { ApplicationFilter, ApplicationOrder } from './application-list.input';
import { listApplications } from './application-list.service';
import { ApplicationConnection, toApplicationNode } from './application.type';

/** Lists of applications: every one reads through the same visibility rule (application-access.ts). */
@Resolver()
export class ApplicationListResolver {
  @Query(() => ApplicationConnection, {
    description: 'Applications you may see: of the entities you act for (drafts included), and the submitted ones of the providers where you are reviewer or admin. '
      + 'The reviewers\' queue is `orderBy: { field: RESOLUTION_DUE_DATE, direction: ASC }`. Empty for anonymous callers.',
  })
  async applications(
    @Ctx() context: RequestContext,
    @Arg('filter', () => ApplicationFilter, { nullable: true, validate: true, description: 'Only applications that match.' }) filter: ApplicationFilter | null,
    @Arg('orderBy', () => ApplicationOrder, { nullable: true, description: 'Order; default UPDATED_AT, newest first.' }) orderBy: ApplicationOrder | null,
    @Args(() => ConnectionArguments) page: ConnectionArguments,
    @LocaleArgument() _locale: Locale,
  ): Promise<ApplicationConnection> {
    return mapConnection(await listApplications(context, filter, orderBy, page), toApplicationNode);
  }
}

@Resolver(() => ViewerView)
export class ViewerApplicationsResolver {
  @FieldResolver(() => ApplicationConnection, {
    description: "Applications of the entities you act for, drafts included, most recently changed first (\"my applications\"). The providers' queues are in `Query.applications`.",
  })
  async applications(
    @Ctx() context: RequestContext,
    @Arg('filter', () => ApplicationFilter, { nullable: true, validate: true, description: 'Only applications that match.' }) filter: ApplicationFilter | null,
    @Args(() => ConnectionArguments) page: ConnectionArguments,
  ): Promise<ApplicationConnection> {
    return mapConnection(await listApplications(context, filter, null, page, 'applicant'), toApplicationNode);
  }
}

@Resolver(() => LocalEntityNode)
export class LocalEntityApplicationsResolver {
  @FieldResolver(() => ApplicationConnection, {
    description: "The entity's applications you may see, most recently changed first: all of them when you act for it, the submitted ones to its providers' reviewers; none otherwise.",
  })
  async applications(
    @Root() entity: LocalEntityNode, @Ctx() context: RequestContext, @Args(() => ConnectionArguments) page: ConnectionArguments,
  ): Promise<ApplicationConnection> {
    return mapConnection(await listApplications(context, { localEntity: entity.id }, null, page), toApplicationNode);
  }
}
