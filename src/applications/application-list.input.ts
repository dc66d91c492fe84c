import { ArrayMaxSize, MaxLength } from 'class-validator';
import { registerDescribedEnum } from '../graphql/described-enum';
import { Field, ID, InputType } from 'type-graphql';
import { OrderDirection } from '../catalogue/resource-filter.input';
import { ApplicationOrderField } from './application-order';
import { ApplicationStatus } from './application-status';
import { DeadlineState } from './deadline-state';

registerDescribedEnum(ApplicationOrderField, {
  name: 'ApplicationOrderField',
  description: 'What to order applications by.',
  values: {
    RESOLUTION_DUE_DATE: 'The resolution due date; ascending is the reviewers\' queue. Applications without one come last.',
    SUBMITTED_AT: 'When it was signed and registered; drafts come last.',
    UPDATED_AT: 'When it last changed (the default, newest first).',
  },
});

@InputType({ description: 'Filters of a list of applications; all given filters must hold, and any value of a list may match.' })
export class ApplicationFilter {
  @Field(() => [String], { nullable: true, description: 'Provider slugs, e.g. "diba".' })
  @ArrayMaxSize(20) @MaxLength(64, { each: true })
  provider?: string[] | null;

  @Field(() => [ApplicationStatus], { nullable: true, description: 'Statuses.' })
  @ArrayMaxSize(10)
  status?: ApplicationStatus[] | null;

  @Field(() => [DeadlineState], { nullable: true, description: 'Deadline states, as `Application.deadlineState` gives them today; only applications awaiting a resolution have one.' })
  @ArrayMaxSize(10)
  deadlineState?: DeadlineState[] | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of the resource applied for.' })
  @MaxLength(200)
  resource?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of the applying local entity.' })
  @MaxLength(200)
  localEntity?: string | null;
}

@InputType({ description: 'Order of a list of applications. Default: UPDATED_AT, newest first.' })
export class ApplicationOrder {
  @Field(() => ApplicationOrderField, { description: 'What to order by.' })
  field!: ApplicationOrderField;

  @Field(() => OrderDirection, { description: 'Ascending or descending.' })
  direction!: OrderDirection;
}
