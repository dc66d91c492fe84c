import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../graphql/context';
import { LocaleArgument } from '../graphql/served-locale';
import { Locale } from '../i18n/locale';
import { computeProviderDeadline, listHolidays, LoadedHoliday, setHolidays } from './holiday.service';
import { importLocalHolidays } from './holiday-import.service';
import {
  ComputeDeadlineInput, DeadlineComputationNode, HolidayNode, ImportLocalHolidaysInput, ImportLocalHolidaysPayload, SetHolidaysInput, SetHolidaysPayload,
} from './holiday.type';
import { authorize } from '../identity/policy';
import { requireActor } from '../identity/representation.service';
import { canImportLocalHolidays, canSetGeneralHolidays } from './holiday.policy';

const toHolidayNode = (h: LoadedHoliday): HolidayNode => ({ date: h.date, name: h.name, scope: h.scope, municipality: h.municipality, source: h.source, replaces: h.replaces });

@Resolver()
export class DeadlineResolver {
  @Query(() => DeadlineComputationNode, {
    description: 'The last day of a term (Llei 39/2015 art. 30–31) counted from a registration, with the holidays of Catalonia, '
      + "of the provider's seat and of the applicant's municipality, and the steps of the computation.",
  })
  async computeDeadline(
    @Ctx() context: RequestContext,
    @Arg('input', () => ComputeDeadlineInput, { validate: true, description: 'The start, the term and whose holidays count.' }) input: ComputeDeadlineInput,
    @LocaleArgument() _locale: Locale,
  ): Promise<DeadlineComputationNode> {
    const result = await computeProviderDeadline(context, input);
    return {
      registrationDay: result.registrationDay,
      party: result.party,
      effectiveFilingDay: result.effectiveFilingDay,
      startDay: result.startDay,
      lastDay: result.lastDay,
      endsAt: result.endsAt,
      term: { amount: result.term.amount, unit: result.term.unit, note: null },
      skippedHolidays: result.skippedHolidays.map(toHolidayNode),
      explanation: result.explanation,
      municipality: result.municipality,
      seatMunicipality: result.seatMunicipality,
    };
  }

  @Query(() => [HolidayNode], {
    description: "Holidays of a year that count for a provider's deadlines: Spain's and Catalonia's, its seat's and, if given, a municipality's.",
  })
  async holidays(
    @Ctx() context: RequestContext,
    @Arg('provider', () => String, { description: 'Provider slug.' }) provider: string,
    @Arg('year', () => Int, { description: 'The calendar year, e.g. 2026.' }) year: number,
    @LocaleArgument() _locale: Locale,
    @Arg('municipality', () => String, { nullable: true, description: 'INE code (5 digits) of a municipality.' }) municipality?: string | null,
  ): Promise<HolidayNode[]> {
    return (await listHolidays(context, provider, year, municipality)).map(toHolidayNode);
  }

  @Mutation(() => SetHolidaysPayload, {
    description: "Replace a year's holidays of a municipality (admins of the provider whose territory contains it) or of the general calendar (any provider's admin).",
  })
  async setHolidays(
    @Ctx() context: RequestContext,
    @Arg('input', () => SetHolidaysInput, { validate: true, description: 'The year, the place and every holiday it has.' }) input: SetHolidaysInput,
  ): Promise<SetHolidaysPayload> {
    authorize(canSetGeneralHolidays(requireActor(context)));
    const result = await setHolidays(context, input);
    return { holidays: result.holidays && result.holidays.map(toHolidayNode), userErrors: result.userErrors };
  }

  @Mutation(() => ImportLocalHolidaysPayload, {
    description: "Import the Generalitat's yearly list of local holidays (art. 30.6) for the municipalities of the provinces you administer: "
      + 'each municipality and year in the file gets exactly its holidays. All or nothing.',
  })
  async importLocalHolidays(
    @Ctx() context: RequestContext,
    @Arg('input', () => ImportLocalHolidaysInput, { validate: true, description: 'The CSV text and its source.' }) input: ImportLocalHolidaysInput,
  ): Promise<ImportLocalHolidaysPayload> {
    authorize(canImportLocalHolidays(requireActor(context)));
    return importLocalHolidays(context, input);
  }
}
