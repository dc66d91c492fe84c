import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../errors/user-error.type';
import { registerDescribedEnum } from '../graphql/described-enum';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';
import { DateTimeScalar } from '../graphql/scalars';
import { NotificationAct, NotificationStatus } from './notification-act';
import { NotificationEntity } from './notification.entity';
import { notificationStatus } from './notification.rules';

registerDescribedEnum(NotificationAct, {
  name: 'NotificationAct',
  description: 'Which act is notified to the applying entity (Llei 39/2015 art. 40–43).',
  values: {
    CORRECTIONS_REQUEST: 'A request to correct or complete the application (art. 68).',
    HEARING: 'A hearing before a resolution on facts the applicant did not provide (art. 82).',
    RESOLUTION: 'The resolution of the application.',
    REVOCATION_OPENING: 'The opening of a revocation procedure, with the deficiencies found.',
    DELAY_COMMUNICATION: 'A communication about the terms of the procedure (art. 21.4).',
  },
});
registerDescribedEnum(NotificationStatus, {
  name: 'NotificationStatus',
  description: 'Where a notification stands (art. 43).',
  values: {
    AVAILABLE: 'Made available and not yet opened; deemed rejected 10 calendar days after being made available.',
    ACCESSED: "Opened by a person acting for the entity: the applicant's terms run from then.",
    DEEMED_REJECTED: "Not opened within 10 calendar days: the act counts as notified (art. 43.2) and the applicant's terms run from then; it can still be read.",
  },
});

@ObjectType('NotificationDocument', { description: 'The document of a notified act, usually a PDF sealed by the provider.', simpleResolvers: true })
export class NotificationDocumentView {
  @Field(() => ID, { description: 'The stored file (see downloadUrl for a link).' }) fileId!: string;
  @Field({ description: 'Name of the file.' }) filename!: string;
  @Field({ description: 'Media type, e.g. application/pdf.' }) mediaType!: string;
  @Field({ description: 'SHA-256 of the content, hex-encoded.' }) sha256!: string;
}

@ObjectType('Notification', { implements: Node, description: 'An act made available to the applying entity: opened by a person acting for it, or deemed rejected 10 calendar days later (Llei 39/2015 art. 40–43).' })
export class NotificationNode extends Node {
  @Field(() => NotificationAct, { description: 'Which act is notified.' }) act!: NotificationAct;
  @Field(() => NotificationStatus, { description: 'Opened, deemed rejected, or still available.' }) status!: NotificationStatus;
  @Field(() => DateTimeScalar, { description: 'When the act was made available to the entity; for the Administration, the act is notified in time if this is (art. 40.4).' }) madeAvailableAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When a person acting for the entity first opened it; null otherwise.' }) accessedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was deemed rejected (10 calendar days after being made available, same clock time in Catalonia); null otherwise.' }) deemedRejectedAt!: Date | null;
  @Field(() => NotificationDocumentView, { nullable: true, description: 'The document of the act; null when the act has none.' }) document!: NotificationDocumentView | null;

  /** Internal: the row, for the field resolvers. */
  entity!: NotificationEntity;
}

export function toNotificationNode(notification: NotificationEntity): NotificationNode {
  const file = notification.document ?? null;
  return {
    __typename: 'Notification',
    id: toGlobalId('Notification', notification.id),
    act: notification.act,
    status: notificationStatus(notification),
    madeAvailableAt: notification.madeAvailableAt,
    accessedAt: notification.accessedAt ?? null,
    deemedRejectedAt: notification.deemedRejectedAt ?? null,
    document: file && { fileId: toGlobalId('StoredFile', file.id), filename: file.filename, mediaType: file.mediaType, sha256: file.sha256 },
    entity: notification,
  };
}

@InputType({ description: 'A notification to open.' })
export class OpenNotificationInput {
  @Field(() => ID, { description: 'Global ID of the notification.' }) @MaxLength(200) notificationId!: string;
}

@ObjectType('OpenNotificationPayload', { description: 'The notification as it now stands.' })
export class OpenNotificationPayload extends MutationPayload {
  @Field(() => NotificationNode, { nullable: true, description: 'The notification, with its content; null when it could not be opened.' }) notification!: NotificationNode | null;
}
