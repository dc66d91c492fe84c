import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../errors/user-error';
import { UserErrorObject } from '../errors/user-error.type';
import { LocalEntityNode } from '../tenancy/local-entity.type';

@ObjectType('EntityEligibility', {
  description: 'Whether one entity the viewer acts for may apply for a fitxa now, before any draft exists.',
  simpleResolvers: true,
})
export class EntityEligibility {
  @Field(() => LocalEntityNode, { description: 'The entity (ens local) the viewer acts for, as representative or by authorization.' })
  localEntity!: LocalEntityNode;

  @Field({ description: 'True when startApplication for this entity and fitxa would start a draft now (no reasons).' })
  mayApply!: boolean;

  @Field(() => [UserErrorObject], {
    description: 'Every reason it may not apply now, with the same codes, fields and messages startApplication would return '
      + '(ENTITY_NOT_IN_AUDIENCE, OUTSIDE_TERRITORY, APPLICATION_WINDOW_CLOSED, APPLICATION_LIMIT_REACHED, REQUIREMENT_NOT_MET); '
      + 'empty when it may apply.',
  })
  reasons!: UserError[];
}
