import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { withoutTenantFilter } from '../database/tenant-filter';
import { RequestContext } from '../graphql/context';
import { ServedLocale } from '../graphql/served-locale';
import { labelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { ApplicationNode } from './application.type';
import { ApplicationDueDateChangeEntity } from './due-date-change.entity';
import { DUE_DATE_CHANGE_REASON_LABELS, DUE_DATE_KIND_LABELS, DueDateChangeView, toDueDateChangeView } from './due-date-change.type';

@Resolver(() => ApplicationNode)
export class DueDateHistoryResolver {
  /** The application was found readable; its history goes with it (the tenant filter reaches it through the application). */
  @FieldResolver(() => [DueDateChangeView], { description: 'Every change of the due dates, oldest first: the first ones at submission, then each move with its reason.' })
  async dueDateHistory(@Root() application: ApplicationNode, @Ctx() context: RequestContext): Promise<DueDateChangeView[]> {
    const rows = await context.em.find(ApplicationDueDateChangeEntity, { application: application.entity.id }, {
      orderBy: { at: 'asc', kind: 'asc', id: 'asc' }, ...withoutTenantFilter('the application was already found readable by the caller; its due dates go with it'),
    });
    return rows.map(toDueDateChangeView);
  }
}

@Resolver(() => DueDateChangeView)
export class DueDateChangeLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `kind`, e.g. "Data màxima de resolució".' })
  kindLabel(@Root() change: DueDateChangeView, @ServedLocale() locale: Locale): string {
    return labelOf(DUE_DATE_KIND_LABELS, change.kind, locale);
  }

  @FieldResolver(() => String, { description: 'Label of `reason`, e.g. "Suspensió per requeriment d\'esmena".' })
  reasonLabel(@Root() change: DueDateChangeView, @ServedLocale() locale: Locale): string {
    return labelOf(DUE_DATE_CHANGE_REASON_LABELS, change.reason, locale);
  }
}

export const dueDateHistoryResolvers = [DueDateHistoryResolver, DueDateChangeLabelsResolver] as const;
