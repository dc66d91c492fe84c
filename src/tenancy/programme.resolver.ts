import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../graphql/context';
import { fromGlobalId } from '../graphql/global-id';
import { AreaNode, ProgrammeNode } from './provider.type';
import { toAreaNode } from './tenancy.mappers';

@Resolver(() => ProgrammeNode)
export class ProgrammeResolver {
  @FieldResolver(() => AreaNode, { nullable: true, description: 'The area the programme (àmbit) belongs to; null when it has none.' })
  async area(@Root() programme: ProgrammeNode, @Ctx() { loaders }: RequestContext): Promise<AreaNode | null> {
    // Programmes reach here from providers and from fitxes' snapshots alike: both carry the global id.
    const key = fromGlobalId(programme.id);
    if (key?.type !== 'Programme') return null;
    const area = await loaders.areaByProgramme.load(key.id);
    return area ? toAreaNode(area) : null;
  }
}
