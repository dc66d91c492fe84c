import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, registerEnumType, Resolver } from 'type-graphql';
import { RequestContext } from '../graphql/context';
import { DateTimeScalar } from '../graphql/scalars';
import { MutationPayload } from '../errors/user-error.type';
import { ScheduledAction } from './publication-schedule.entity';
import { schedulePublication } from './publication-schedule.service';

@InputType({ description: 'When to publish and/or unpublish a fitxa, without anyone acting then.' })
export class ScheduleResourcePublicationInput {
  @Field(() => ID, { description: 'Global ID of the resource.' })
  resourceId!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Instant to publish the draft as it stands then.' })
  publishAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Instant to withdraw it from the public catalogue.' })
  unpublishAt?: Date | null;
}

registerEnumType(ScheduledAction, {
  name: 'ScheduledPublicationAction',
  description: 'What a scheduled change does.',
  valuesConfig: { PUBLISH: { description: 'Publish the working draft.' }, UNPUBLISH: { description: 'Withdraw the fitxa from the public catalogue.' } },
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

@Resolver()
export class PublicationScheduleResolver {
  @Mutation(() => ScheduleResourcePublicationPayload, { description: 'Schedule publication and/or unpublication (editors of the provider); exactly one instance carries it out at that instant.' })
  async scheduleResourcePublication(
    @Ctx() context: RequestContext,
    @Arg('input', () => ScheduleResourcePublicationInput, { description: 'The fitxa and when to publish or unpublish it.' }) input: ScheduleResourcePublicationInput,
  ): Promise<ScheduleResourcePublicationPayload> {
    const result = await schedulePublication(context, input);
    return {
      schedule: result.schedule.map((row) => ({ action: row.action, dueAt: row.dueAt })),
      userErrors: result.userErrors,
    };
  }
}
