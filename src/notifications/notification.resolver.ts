import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { ApplicationNode } from '../applications/application.type';
import { RequestContext } from '../graphql/context';
import { ServedLocale } from '../graphql/served-locale';
import { labelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { NOTIFICATION_ACT_LABELS, NOTIFICATION_STATUS_LABELS } from './notification-labels';
import { notificationsOf, openNotification } from './notification.service';
import { NotificationDocumentView, NotificationNode, OpenNotificationInput, OpenNotificationPayload, toNotificationNode } from './notification.type';

@Resolver(() => NotificationNode)
export class NotificationResolver {
  @Mutation(() => OpenNotificationPayload, {
    description: "Open a notification of your entity's application: the first access is recorded and starts your terms; later opens change nothing. The provider's staff may read notifications but not open them (FORBIDDEN).",
  })
  async openNotification(
    @Ctx() context: RequestContext,
    @Arg('input', () => OpenNotificationInput, { validate: true, description: 'The notification to open.' }) input: OpenNotificationInput,
  ): Promise<OpenNotificationPayload> {
    // Who may open it needs the notification's entity: the service asks notification.policy.ts.
    return { notification: toNotificationNode(await openNotification(context, input)), userErrors: [] };
  }

  @FieldResolver(() => String, { description: 'Label of `act`, e.g. "Resolució".' })
  actLabel(@Root() notification: NotificationNode, @ServedLocale() locale: Locale): string {
    return labelOf(NOTIFICATION_ACT_LABELS, notification.act, locale);
  }

  @FieldResolver(() => String, { description: 'Label of `status`, e.g. "Llegida".' })
  statusLabel(@Root() notification: NotificationNode, @ServedLocale() locale: Locale): string {
    return labelOf(NOTIFICATION_STATUS_LABELS, notification.status, locale);
  }
}

@Resolver(() => NotificationDocumentView)
export class NotificationDocumentResolver {
  /** Served only inside a notification the caller may read, so the link is theirs to have. */
  @FieldResolver(() => String, {
    description: 'Signed link to the document (GET /files/{id}?expires=…&signature=…) that works without an Authorization header, for a few minutes; ask again for a fresh one.',
  })
  downloadUrl(@Root() document: NotificationDocumentView, @Ctx() context: RequestContext): string {
    return context.downloadUrls.sign(`/files/${document.fileId}`, context.clock.now());
  }
}

@Resolver(() => ApplicationNode)
export class ApplicationNotificationsResolver {
  /** The application was found readable, and whoever reads it reads its notifications (notification.policy.ts, canReadNotifications). */
  @FieldResolver(() => [NotificationNode], { description: 'Acts notified to the entity, in the order they were made available.' })
  async notifications(@Root() application: ApplicationNode, @Ctx() context: RequestContext): Promise<NotificationNode[]> {
    return (await notificationsOf(context, application.entity.id)).map(toNotificationNode);
  }
}

export const notificationResolvers = [NotificationResolver, NotificationDocumentResolver, ApplicationNotificationsResolver] as const;
