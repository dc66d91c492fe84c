import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { registerDescribedEnum } from '../graphql/described-enum';
import { RequestContext } from '../graphql/context';
import { DateTimeScalar } from '../graphql/scalars';
import { MutationPayload } from '../errors/user-error.type';
import { ScheduledAction } from './publication-schedule.entity';
import { cancelPublicationSchedule, findPendingSchedule, schedulePublication } from './publication-schedule.service';
import { ResourceNode } from './resource.type';

@InputType({ description: 'When to publish and/or unpublish a fitxa, without anyone acting then.' })
export class ScheduleResourcePublicationInput {
  @Field(() => ID, { description: 'Global ID of the resource.' })
  resourceId!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Instant to publish the draft as it stands then.' })
  publishAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Instant to withdraw it from the public catalogue.' })
  unpublishAt?: Date | null;
}

registerDescribedEnum(ScheduledAction, {
  name: 'ScheduledPublicationAction',
  description: 'What a scheduled change does.',
  values: { PUBLISH: 'Publish the working draft.', UNPUBLISH: 'Withdraw the fitxa from the public catalogue.' },
});

@ObjectType('ScheduledPublicationChange', { description: 'A pending scheduled publication change.', simpleResolvers: true })
export class ScheduledPublicationChangeView {
  @Field(() => ScheduledAction, { description: 'What it does.' })
  action!: ScheduledAction;

  @Field(() => DateTimeScalar, { description: 'When it takes effect.' })
  dueAt!: Date;
}

@ObjectType({ description: 'Result of scheduling.' })
export class ScheduleResourcePublicationPayload extends MutationPayload {
  @Field(() => [ScheduledPublicationChangeView], { description: "The fitxa's pending schedule, replacing any earlier one." })
  schedule!: ScheduledPublicationChangeView[];
}

@InputType({ description: 'The fitxa whose pending schedule to withdraw.' })
export class CancelResourcePublicationScheduleInput {
  @Field(() => ID, { description: 'Global ID of the resource.' })
  resourceId!: string;
}

@ObjectType({ description: 'Result of withdrawing a schedule.' })
export class CancelResourcePublicationSchedulePayload extends MutationPayload {
  @Field(() => [ScheduledPublicationChangeView], { description: 'The pending changes that were withdrawn (empty when there were none).' })
  cancelled!: ScheduledPublicationChangeView[];
}

const toView = (row: { action: ScheduledAction; dueAt: Date }): ScheduledPublicationChangeView => ({ action: row.action, dueAt: row.dueAt });

@Resolver(() => ResourceNode)
export class PublicationScheduleResolver {
  @FieldResolver(() => [ScheduledPublicationChangeView], {
    nullable: true,
    description: "The fitxa's pending scheduled publication changes, soonest first (empty when none; a change leaves the list once carried out). Only the provider's editors and admins; null for anyone else.",
  })
  async publicationSchedule(@Root() resource: ResourceNode, @Ctx() context: RequestContext): Promise<ScheduledPublicationChangeView[] | null> {
    const rows = await findPendingSchedule(context, resource.snapshot.id, resource.snapshot.provider.slug);
    return rows && rows.map(toView);
  }

  @Mutation(() => ScheduleResourcePublicationPayload, { description: 'Schedule publication and/or unpublication (editors of the provider); exactly one instance carries it out at that instant.' })
  async scheduleResourcePublication(
    @Ctx() context: RequestContext,
    @Arg('input', () => ScheduleResourcePublicationInput, { description: 'The fitxa and when to publish or unpublish it.' }) input: ScheduleResourcePublicationInput,
  ): Promise<ScheduleResourcePublicationPayload> {
    const result = await schedulePublication(context, input);
    return {
      schedule: result.schedule.map(toView),
      userErrors: result.userErrors,
    };
  }

  @Mutation(() => CancelResourcePublicationSchedulePayload, { description: "Withdraw the fitxa's pending scheduled publication changes (editors of the provider); to change one instant, schedule again instead (that replaces the schedule)." })
  async cancelResourcePublicationSchedule(
    @Ctx() context: RequestContext,
    @Arg('input', () => CancelResourcePublicationScheduleInput, { description: 'The fitxa.' }) input: CancelResourcePublicationScheduleInput,
  ): Promise<CancelResourcePublicationSchedulePayload> {
    const result = await cancelPublicationSchedule(context, input);
    return { cancelled: result.cancelled.map(toView), userErrors: [] };
  }
}
