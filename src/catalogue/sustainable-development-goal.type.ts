import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('SustainableDevelopmentGoal', {
  description: 'A Sustainable Development Goal (Objectiu de Desenvolupament Sostenible) of the UN 2030 Agenda.',
  simpleResolvers: true,
})
export class SustainableDevelopmentGoalView {
  @Field(() => Int, { description: 'Its number, 1–17.' })
  number!: number;

  @Field({ description: 'Its official short name, in the served locale.' })
  name!: string;
}
