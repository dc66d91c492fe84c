import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { forbidden } from '../errors/domain-error';
import { RequestContext } from '../graphql/context';
import { requireActor } from '../identity/representation.service';
import { ImportedLine, importLocalEntityIdentifiers } from './local-entity-import.service';
import { ImportLocalEntityIdentifiersInput, ImportLocalEntityIdentifiersPayload, LocalEntityIdentifierField, LocalEntityImportLine } from './local-entity-import.type';
import { canImportLocalEntityIdentifiers } from './local-entity.policy';
import { toLocalEntityNode } from './local-entity.resolver';

const toLine = ({ line, entity, changedFields }: ImportedLine): LocalEntityImportLine => ({
  line, localEntity: toLocalEntityNode(entity), changedFields: changedFields.map((field) => LocalEntityIdentifierField[field]),
});

@Resolver()
export class LocalEntityImportResolver {
  @Mutation(() => ImportLocalEntityIdentifiersPayload, {
    description: "Load the official NIF and DIR3 codes of the local entities in a provider's territory (the provider's admins); see the README for the file.",
  })
  async importLocalEntityIdentifiers(
    @Ctx() context: RequestContext,
    @Arg('input', () => ImportLocalEntityIdentifiersInput, { validate: true, description: 'The provider and the file.' }) input: ImportLocalEntityIdentifiersInput,
  ): Promise<ImportLocalEntityIdentifiersPayload> {
    if (!canImportLocalEntityIdentifiers(requireActor(context), input.provider)) throw forbidden(['input', 'provider']);
    const { report, userErrors } = await importLocalEntityIdentifiers(context, input);
    return {
      userErrors,
      report: report && {
        lineCount: report.lineCount, matchedCount: report.changed.length + report.unchanged.length, written: report.written,
        changed: report.changed.map(toLine), unchanged: report.unchanged.map(toLine), unmatchedLines: report.unmatchedLines,
      },
    };
  }
}
