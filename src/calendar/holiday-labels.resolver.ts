import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ServedLocale } from '../graphql/served-locale';
import { labelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { HOLIDAY_SCOPE_LABELS } from './holiday-labels';
import { HolidayNode } from './holiday.type';

@Resolver(() => HolidayNode)
export class HolidayLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `scope`, e.g. "Festa local".' })
  scopeLabel(@Root() holiday: HolidayNode, @ServedLocale() locale: Locale): string {
    return labelOf(HOLIDAY_SCOPE_LABELS, holiday.scope, locale);
  }
}
