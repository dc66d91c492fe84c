import { Check, Entity, Enum, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { HolidayScope } from './holiday-scope';

/**
 * A holiday (dia festiu), a non-business day for administrative terms (Llei 39/2015 art. 30.2,
 * 30.6, 30.7). Holidays are data, loaded by year: those of Spain and Catalonia from the yearly
 * DOGC order (with the Val d'Aran's own), and the two local holidays of each municipality.
 */
@Entity({ tableName: 'holiday' })
// One row per day, scope and place. NULLS NOT DISTINCT (PostgreSQL 15+) so that the general
// holidays (municipality null) are unique too.
@Index({
  name: 'holiday_date_scope_municipality_code_unique',
  expression: 'create unique index "holiday_date_scope_municipality_code_unique" on "holiday" ("date", "scope", "municipality_code") nulls not distinct',
})
@Index({ properties: ['municipalityCode', 'date'] })
@Check({ name: 'holiday_municipality_only_local', expression: `("scope" = 'LOCAL') = ("municipality_code" is not null)` })
// Compared as text: a new enum value cannot be used in the transaction that adds it.
@Check({ name: 'holiday_replaces_only_aran', expression: `"replaces" is null or "scope"::text = 'ARAN'` })
export class HolidayEntity extends BaseEntity {
  @Property({ type: 'date' })
  date!: string;

  /** In Catalan, e.g. "Dilluns de Pasqua Florida". */
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => HolidayScope, nativeEnumName: 'holiday_scope' })
  scope!: HolidayScope;

  /** INE code (5 digits) of the municipality of a LOCAL holiday; null for the others. */
  @Property({ type: 'string', length: 5, nullable: true })
  municipalityCode?: string | null;

  /** Where the date comes from, e.g. the DOGC order of the year. */
  @Property({ type: 'text' })
  source!: string;

  /** For ARAN holidays: the holiday of Catalonia that is a working day in Aran instead (26 December). */
  @Property({ type: 'date', nullable: true })
  replaces?: string | null;
}
