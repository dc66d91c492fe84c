import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../errors/user-error.type';
import { toGlobalId } from '../graphql/global-id';
import { DateTimeScalar } from '../graphql/scalars';
import { NotificationNode, toNotificationNode } from '../notifications/notification.type';
import { RegistryEntryView } from '../registry/registry-entry.type';
import { ApplicationNode } from './application.type';
import { CorrectionRequestEntity } from './correction-request.entity';

// Lengths here only stop absurd input early (BAD_USER_INPUT); corrections.rules.ts checks the bounds as user errors.

@InputType({ description: 'One thing to correct or complete.' })
export class CorrectionItemInput {
  @Field({ description: 'What to correct or bring, as the entity will read it.' }) @MaxLength(10000) text!: string;
  @Field(() => String, { nullable: true, description: "Code of the fitxa's requirement it concerns, if any." }) @MaxLength(100) requirementCode?: string | null;
  @Field(() => String, { nullable: true, description: "Code of the fitxa's document it concerns, if any." }) @MaxLength(100) documentCode?: string | null;
}

@InputType({ description: 'A request to correct or complete an application (Llei 39/2015 art. 68).' })
export class RequestCorrectionsInput {
  @Field(() => ID, { description: 'Global ID of the submitted application.' }) @MaxLength(200) applicationId!: string;
  @Field(() => [CorrectionItemInput], { description: 'What to correct or complete; at least one item, at most 30.' }) @ArrayMaxSize(1000) items!: CorrectionItemInput[];
  @Field(() => Int, { nullable: true, description: 'Business days to answer, from the notification taking effect; 10 when not given (art. 68.1), between 5 and 30.' }) termDays?: number | null;
}

@ObjectType('CorrectionItem', { description: 'One thing to correct or complete.', simpleResolvers: true })
export class CorrectionItemView {
  @Field({ description: 'What to correct or bring.' }) text!: string;
  @Field(() => String, { nullable: true, description: "Code of the fitxa's requirement it concerns." }) requirementCode!: string | null;
  @Field(() => String, { nullable: true, description: "Code of the fitxa's document it concerns." }) documentCode!: string | null;
}

@ObjectType('CorrectionRequest', { description: 'A request to correct or complete the application, notified to the entity; it suspends the maximum term to resolve (art. 22.1.a).' })
export class CorrectionRequestView {
  @Field(() => ID, { description: 'Opaque ID of the request.' }) id!: string;
  @Field(() => [CorrectionItemView], { description: 'What to correct or complete, in order.' }) items!: CorrectionItemView[];
  @Field(() => Int, { description: 'Business days to answer, from the notification taking effect.' }) termDays!: number;
  @Field(() => DateTimeScalar, { description: 'When it was made.' }) requestedAt!: Date;
  @Field(() => NotificationNode, { description: 'Its notification to the entity; the term runs from its access or deemed rejection.' }) notification!: NotificationNode;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the signed answer was registered; null while unanswered.' }) answeredAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Calendar days the maximum term was suspended, once the suspension ended.' }) suspendedDays!: number | null;
  @Field(() => String, { nullable: true, description: "Number of the request in the provider's outgoing registry." }) registryNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'Number of the answer in the incoming registry; null while unanswered.' }) answerRegistryNumber!: string | null;

  /** Internal: the row, for the field resolvers. */
  entity!: CorrectionRequestEntity;
}

export function toCorrectionRequestView(request: CorrectionRequestEntity): CorrectionRequestView {
  return {
    id: toGlobalId('CorrectionRequest', request.id),
    items: request.items,
    termDays: request.termDays,
    requestedAt: request.requestedAt,
    notification: toNotificationNode(request.notification),
    answeredAt: request.answeredAt ?? null,
    suspendedDays: request.suspendedDays ?? null,
    registryNumber: request.outgoingEntry?.number ?? null,
    answerRegistryNumber: request.answerEntry?.number ?? null,
    entity: request,
  };
}

@ObjectType('RequestCorrectionsPayload', { description: 'The application and the request, as they now stand.' })
export class RequestCorrectionsPayload extends MutationPayload {
  @Field(() => ApplicationNode, { nullable: true, description: 'The application as it now stands.' }) application!: ApplicationNode | null;
  @Field(() => CorrectionRequestView, { nullable: true, description: 'The request made; null when nothing was written.' }) correctionRequest!: CorrectionRequestView | null;
}

@InputType({ description: 'A signed answer to the pending request for corrections (Llei 39/2015 art. 68), registered like a submission.' })
export class AnswerCorrectionsInput {
  @Field(() => ID, { description: 'Global ID of the application.' }) @MaxLength(200) applicationId!: string;
  @Field({ description: 'What you answer, as it will be registered (and signed).' }) @MaxLength(20_000) statement!: string;
  @Field(() => [ID], { nullable: true, description: 'Global IDs of files you uploaded (POST /files) with the answer; their SHA-256 is signed.' })
  @ArrayMaxSize(20) @MaxLength(200, { each: true }) attachmentIds?: string[] | null;
  @Field({ description: 'A compact JWS with x5c, or a CAdES signature (base64 DER), over exactly the bytes of Query.signedActContent(subject: CORRECTIONS_ANSWER) for this statement and these files.' }) @MaxLength(200_000) signature!: string;
  @Field({ description: 'Your key for this answer (8-100 of A-Z a-z 0-9 . _ : -): a retry with the same key returns the same registry entry.' }) @MaxLength(200) idempotencyKey!: string;
}

@ObjectType('AnswerCorrectionsPayload', { description: 'The application, the request answered and the registry entry of the answer.' })
export class AnswerCorrectionsPayload extends MutationPayload {
  @Field(() => ApplicationNode, { nullable: true, description: 'The application as it now stands.' }) application!: ApplicationNode | null;
  @Field(() => CorrectionRequestView, { nullable: true, description: 'The request answered; null when nothing was written.' }) correctionRequest!: CorrectionRequestView | null;
  @Field(() => RegistryEntryView, { nullable: true, description: 'The incoming registry entry of the answer, with its sealed justificant; null when nothing was written.' }) registryEntry!: RegistryEntryView | null;
}
