import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ApplicationNode, toApplicationNode } from '../applications/application.type';
import { MutationPayload } from '../errors/user-error.type';
import { ConnectionType } from '../graphql/connection.type';
import { toGlobalId } from '../graphql/global-id';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';
import { NotificationNode, toNotificationNode } from '../notifications/notification.type';
import { DecisionDelayEntity } from './decision-delay.entity';

@ObjectType('DecisionDelay', {
  description: "A delay task: the application passed its fitxa's hard limit (e.g. 3 months) without a decision, so its causes and the measures taken are owed to the entity "
    + 'within the fitxa\'s term (e.g. 5 business days). For the provider\'s reviewers and admins.',
})
export class DecisionDelayView {
  @Field(() => ID, { description: 'Opaque ID of the task.' }) id!: string;
  @Field(() => ApplicationNode, { description: 'The delayed application.' }) application!: ApplicationNode;
  @Field(() => DateTimeScalar, { description: 'The first instant past the hard limit (midnight in Catalonia after its last day, suspensions for corrections included).' }) breachedAt!: Date;
  @Field(() => DateScalar, { description: 'The last day to communicate the causes and measures.' }) communicationDueDate!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the communication was made available to the entity; null while pending.' }) communicatedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The causes of the delay, as communicated; null while pending.' }) causes!: string | null;
  @Field(() => String, { nullable: true, description: 'The measures taken, as communicated; null while pending.' }) measures!: string | null;
  @Field(() => NotificationNode, { nullable: true, description: 'The communication as notified to the entity (its sealed letter is the document); null while pending.' }) notification!: NotificationNode | null;
  @Field(() => String, { nullable: true, description: "Number of the letter in the provider's outgoing registry; null while pending." }) registryNumber!: string | null;

  /** Internal: the row, for the field resolvers. */
  entity!: DecisionDelayEntity;
}

export function toDecisionDelayView(delay: DecisionDelayEntity): DecisionDelayView {
  return {
    id: toGlobalId('DecisionDelay', delay.id),
    application: toApplicationNode(delay.application),
    breachedAt: delay.breachedAt,
    communicationDueDate: delay.communicationDueDate,
    communicatedAt: delay.communicatedAt ?? null,
    causes: delay.causes ?? null,
    measures: delay.measures ?? null,
    notification: delay.notification ? toNotificationNode(delay.notification) : null,
    registryNumber: delay.registryEntry?.number ?? null,
    entity: delay,
  };
}

@ObjectType('DecisionDelayConnection', { description: 'A page of delay tasks.', simpleResolvers: true })
export class DecisionDelayConnection extends ConnectionType(DecisionDelayView, 'DecisionDelay') {}

// Lengths here only stop absurd input early (BAD_USER_INPUT); decision-delay.rules.ts checks the bounds as user errors.
@InputType({ description: 'The causes of a delay past the fitxa\'s hard limit and the measures taken, to communicate to the entity.' })
export class CommunicateDelayInput {
  @Field(() => ID, { description: 'Global ID of the delayed application.' }) @MaxLength(200) applicationId!: string;
  @Field({ description: 'Why the application is not decided yet, as the entity will read it (at most 4,000 characters).' }) @MaxLength(20_000) causes!: string;
  @Field({ description: 'What the provider has done or will do about it (at most 4,000 characters).' }) @MaxLength(20_000) measures!: string;
}

@ObjectType('CommunicateDelayPayload', { description: 'The delay task as it now stands.' })
export class CommunicateDelayPayload extends MutationPayload {
  @Field(() => DecisionDelayView, { nullable: true, description: 'The task, communicated; null when nothing was written.' }) decisionDelay!: DecisionDelayView | null;
}
