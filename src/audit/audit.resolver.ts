import { Arg, Args, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { ConnectionType } from '../graphql/connection.type';
import { RequestContext } from '../graphql/context';
import { ConnectionArguments, mapConnection } from '../graphql/pagination';
import { DateTimeScalar, JSONObjectScalar } from '../graphql/scalars';
import { AuditEntryEntity } from './audit-entry.entity';
import { listAuditEntries } from './audit.service';
import { authorize } from '../identity/policy';
import { requireActor } from '../identity/representation.service';
import { canReadAuditLog } from './audit.policy';

@ObjectType('AuditEntry', { description: 'One editorial action: who, what, when. The log is append-only.', simpleResolvers: true })
export class AuditEntryView {
  @Field({ description: 'What was done, e.g. resource.publish.' })
  action!: string;

  @Field({ description: 'Kind of object acted on.' })
  targetType!: string;

  @Field(() => ID, { description: 'Database id of the object acted on (of the kind targetType names).' })
  targetId!: string;

  @Field({ description: 'NIF of the person who acted.' })
  actorNif!: string;

  @Field({ description: 'Name of the person who acted.' })
  actorName!: string;

  @Field(() => JSONObjectScalar, { description: 'What changed.' })
  details!: Record<string, unknown>;

  @Field(() => DateTimeScalar, { description: 'When.' })
  at!: Date;
}

@ObjectType('AuditEntryConnection', { description: "A page of a provider's audit log, newest first." })
export class AuditEntryConnection extends ConnectionType(AuditEntryView, 'AuditEntry') {}

const toView = (entry: AuditEntryEntity): AuditEntryView => ({
  action: entry.action, targetType: entry.targetType, targetId: entry.targetId, actorNif: entry.actorNif,
  actorName: entry.actorName, details: entry.details, at: entry.createdAt,
});

@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: "A provider's editorial audit log, newest first (its editors and admins)." })
  async auditLog(
    @Ctx() context: RequestContext,
    @Arg('provider', () => String, { description: 'Provider slug.' }) provider: string,
    @Args(() => ConnectionArguments) page: ConnectionArguments,
  ): Promise<AuditEntryConnection> {
    authorize(canReadAuditLog(requireActor(context), provider), ['provider']);
    return mapConnection(await listAuditEntries(context, provider, page), toView);
  }
}
