import { registerEnumType } from 'type-graphql';
import {
  ChannelKind, GrantProcedure, ProcedureStepKind, ProvisionType, QualityIndicator, RequirementVerification,
  ResourceDocumentKind, ResourceKind, ResourceStatus, SilenceEffect, TermUnit,
} from '../catalogue/resource-enums';
import { Locale } from '../i18n/locale';
import { LocalEntityType } from '../tenancy/local-entity-type';

/** Registers the domain enums with GraphQL once, with descriptions. */
registerEnumType(Locale, { name: 'Locale', description: 'Languages of the catalogue; Catalan (CA) is the fallback.' });
registerEnumType(LocalEntityType, { name: 'LocalEntityType', description: 'Kinds of local government (ens local).' });
registerEnumType(ResourceKind, { name: 'ResourceKind', description: 'Tipus de recurs: technical, material or economic support.' });
registerEnumType(ResourceStatus, { name: 'ResourceStatus', description: 'Editorial state of a fitxa.' });
registerEnumType(TermUnit, { name: 'TermUnit', description: 'Units of a legal term (Llei 39/2015 art. 30).' });
registerEnumType(SilenceEffect, { name: 'SilenceEffect', description: 'Effect of the absence of a resolution in time (silenci administratiu).' });
registerEnumType(ProvisionType, { name: 'ProvisionType', description: 'Whether the resource is provided continuously or once.' });
registerEnumType(RequirementVerification, { name: 'RequirementVerification', description: 'How a requirement (requisit de concessió) is checked.' });
registerEnumType(ResourceDocumentKind, { name: 'ResourceDocumentKind', description: 'Kinds of documents of a fitxa.' });
registerEnumType(QualityIndicator, { name: 'QualityIndicator', description: 'What a quality commitment measures.' });
registerEnumType(ProcedureStepKind, { name: 'ProcedureStepKind', description: 'Steps of the electronic application procedure.' });
registerEnumType(ChannelKind, { name: 'ChannelKind', description: 'Channels through which a resource is requested.' });
registerEnumType(GrantProcedure, { name: 'GrantProcedure', description: 'Procediment de concessió.' });
