// How the three front ends use the operations' results and variables, type-checked with
// `tsc --strict` against the code GraphQL Code Generator makes from this folder (test/support/
// operations-compiler.ts copies this file next to ./generated). Not compiled by the service's build.
// A schema change that makes a field nullable, renames an enum value or changes an input breaks
// this file the way it would break a screen.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  AcceptConditionsDocument, AddToFolderDocument, ApplicationNodeDocument, ApplicationSurveyDocument, SubmitSurveyResponseDocument, SurveyResponsesDocument, EntityApplicationsDocument, AttachFileDocument, CatalogueFilterOptionsDocument, CatalogueSearchDocument,
  CreateResourceDocument, DesignateInterlocutorsDocument, EditorResourcesDocument, FitxaDocument, MakeDeclarationsDocument, MyApplicationsDocument, MyEntitiesDocument, MyFolderDocument,
  PublicationCheckDocument, PublishResourceDocument, RecordRequirementFulfilmentDocument, RemoveFromFolderDocument, ResourceFormDocument, ResourceRevisionsDocument,
  RestoreResourceRevisionDocument, ReviewApplicationDocument, ReviewQueueDocument, SaveResourceDocument, SelectServicesDocument, SetAgreementDateDocument,
  SigningPayloadDocument, StartApplicationDocument, SubmitApplicationDocument, UpdateApplicantDetailsDocument, WithdrawApplicationDocument,
  WizardDraftDocument, WizardResourceDocument,
} from './generated/graphql';
import type {
  ApplicationStatus, DeadlineState, FacetCountFragment, Locale, LocalEntityType, ProcedureStepKind, ResourceContentInput, ResourceFilter, ResourceKind, ResourceStatus, UserErrorCode,
  WizardApplicationFragment,
} from './generated/graphql';

/** Any GraphQL client (Apollo, urql, fetch) reduced to what the types need. */
declare function execute<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result>;

interface UserErrorView { code: UserErrorCode; field: string[] | null; message: string }
const messages = (errors: readonly UserErrorView[]): string[] => errors.map((error) => `${(error.field ?? []).join('.')}: ${error.message}`);

// ── Public catalogue ─────────────────────────────────────────────────────────────────────────

export async function filterPanel(): Promise<Map<string, string[]>> {
  const { providers } = await execute(CatalogueFilterOptionsDocument, {});
  return new Map(providers.map((provider) => [provider.slug, provider.areas.map((area) => area.name)]));
}

export async function searchPage(search: string, after: string | null, locale: Locale) {
  const kinds: ResourceKind[] = ['TECHNICAL', 'ECONOMIC'];
  const audience: LocalEntityType[] = ['AJUNTAMENT'];
  const filter: ResourceFilter = { search, kind: kinds, audience, provider: ['diba'] };
  const { resources } = await execute(CatalogueSearchDocument, { filter, first: 20, after, locale, orderBy: { field: 'TITLE', direction: 'ASC' } });
  const cards = resources.edges.map(({ node }) => ({
    href: `/${node.provider.slug}/${node.code}`,
    title: node.title,
    badges: [node.kindLabel, ...node.audienceLabels],
    lead: node.summary ?? '',
    area: node.area?.name ?? null,
    open: node.openForApplications,
    closes: node.applicationDeadline === null ? null : new Date(node.applicationDeadline),
  }));
  const next: string | null = resources.pageInfo.hasNextPage ? resources.pageInfo.endCursor : null;
  // Each facet's values go back into the filter as they are, e.g. area "diba:<code>".
  const option = (facet: FacetCountFragment) => ({ value: facet.value, text: `${facet.label} (${facet.count})`, disabled: facet.count === 0 });
  const panel = {
    kind: resources.facets.kind.map(option),
    audience: resources.facets.audience.map(option),
    area: resources.facets.area.map(option),
    sdg: resources.facets.sdg.map((facet) => ({ ...option(facet), goal: Number(facet.value) })),
  };
  const filterByArea: ResourceFilter = { ...filter, area: resources.facets.area.slice(0, 1).map((facet) => facet.value) };
  const saved: boolean[] = resources.edges.map(({ node }) => node.viewerHasInFolder);
  return { total: resources.totalCount, cards, next, panel, filterByArea, saved };
}

export async function fitxaPage(provider: string, code: string, locale: Locale): Promise<string[] | null> {
  const { resource } = await execute(FitxaDocument, { provider, code, locale });
  if (!resource) return null;
  const lines: string[] = [resource.title, `Codi recurs: ${resource.code}`];
  if (resource.resolutionTerm) lines.push(`${resource.resolutionTerm.amount} ${resource.resolutionTerm.unit}`);
  for (const requirement of resource.requirements) lines.push(requirement.text);
  for (const document of resource.documents) lines.push(`${document.title} (${document.version}) ${document.downloadUrl}`);
  const contact = resource.providerUnit?.contactPoint;
  if (contact?.email) lines.push(contact.email);
  const goals: number[] = resource.sdgs;
  lines.push(goals.join(', '), `<a href="${resource.downloadUrl}" download>Descarrega</a>`, `<link rel="alternate" type="application/ld+json" href="${resource.jsonLdUrl}">`);
  // Every label comes from the API, in the served locale: nothing is translated here.
  lines.push(resource.kindLabel, resource.audienceLabels.join(', '), resource.grantProcedureLabel ?? '', resource.silenceEffectLabel ?? '');
  lines.push(...resource.sdgGoals.map((goal) => `ODS ${goal.number}: ${goal.name}`));
  if (resource.resolutionTerm) lines.push(`${resource.resolutionTerm.amount} ${resource.resolutionTerm.unitLabel}`);
  lines.push(...resource.requirements.map((requirement) => `${requirement.verificationLabel}: ${requirement.text}`));
  for (const eligibility of resource.viewerEligibility) {
    lines.push(eligibility.mayApply
      ? `Sol·licita per a ${eligibility.localEntity.name}`
      : `${eligibility.localEntity.name}: ${eligibility.reasons.map((reason) => reason.message).join('; ')}`);
  }
  lines.push(resource.viewerHasInFolder ? 'Treu de la carpeta' : 'Afegeix a la carpeta');
  return lines;
}

export async function toggleFolder(resourceId: string, keep: boolean): Promise<string[]> {
  const errors = keep
    ? (await execute(AddToFolderDocument, { input: { resourceId } })).addToFolder.userErrors
    : (await execute(RemoveFromFolderDocument, { input: { resourceId } })).removeFromFolder.userErrors;
  // Screens branch on the code, a closed set: a misspelt or removed code does not compile.
  if (errors.some((error) => error.code === 'NOT_FOUND')) return ['This fitxa is no longer published.'];
  return messages(errors);
}

export async function folderPage(): Promise<string[]> {
  const { viewer } = await execute(MyFolderDocument, { first: 50 });
  return viewer?.folder.nodes.map((resource) => resource.title) ?? [];
}

// ── Applicant wizard ─────────────────────────────────────────────────────────────────────────

export async function entityChoice(): Promise<Array<{ id: string; label: string }>> {
  const { viewer } = await execute(MyEntitiesDocument, {});
  return (viewer?.entities ?? []).map((entity) => ({ id: entity.id, label: `${entity.name} (${entity.nif ?? entity.ineCode ?? ''})` }));
}

/** Which wizard screen to show next: the first step still missing, or signing. */
export function nextStep(application: WizardApplicationFragment): ProcedureStepKind {
  return application.missingSteps[0]?.step ?? 'SIGN';
}

export async function wizard(resourceId: string, localEntityId: string, file: { id: string }): Promise<string> {
  const resource = (await execute(WizardResourceDocument, { provider: 'diba', code: '111219', locale: 'CA' })).resource;
  if (!resource) throw new Error('not found');
  const started = await execute(StartApplicationDocument, { input: { resourceId, localEntityId } });
  const application = started.startApplication.application;
  if (!application) return messages(started.startApplication.userErrors).join('\n');
  const applicationId = application.id;
  await execute(UpdateApplicantDetailsDocument, {
    input: { applicationId, name: 'Jordi Vidal Roca', nif: '87654321X', position: 'Secretari', email: 'secretaria@example.cat', phone: null },
  });
  const recommended = resource.serviceOptions.filter((option) => option.recommended).map((option) => option.code);
  const selected = await execute(SelectServicesDocument, { input: { applicationId, serviceCodes: recommended } });
  const warnings: string[] = messages(selected.selectServices.warnings);
  await execute(SetAgreementDateDocument, { input: { applicationId, date: '2026-11-05' } });
  await execute(AcceptConditionsDocument, {
    input: { applicationId, documents: resource.documents.filter((d) => d.mustAccept).map((d) => ({ documentId: d.id, sha256: d.sha256 })) },
  });
  await execute(DesignateInterlocutorsDocument, {
    input: { applicationId, interlocutors: resource.interlocutorRoles.map((role) => ({ roleCode: role.code, name: 'Anna Serra', nif: '11111111H', email: 'aserra@example.cat' })) },
  });
  for (const document of resource.documents.filter((d) => d.mustAttach)) {
    await execute(AttachFileDocument, { input: { applicationId, documentCode: document.code, fileId: file.id } });
  }
  const declarations = resource.requirements.filter((r) => r.verification === 'DECLARATION').map((r) => r.code);
  const declared = await execute(MakeDeclarationsDocument, { input: { applicationId, requirementCodes: declarations } });
  const draft = declared.makeDeclarations.application ?? (await execute(WizardDraftDocument, { id: applicationId })).application;
  if (draft && nextStep(draft) !== 'SIGN') return `${nextStep(draft)} ${warnings.join(' ')}`;
  const signing = (await execute(SigningPayloadDocument, { id: applicationId })).application?.signingPayload;
  if (!signing) return 'nothing to sign';
  const signature: string = await signWithCertificate(signing.canonicalJson);
  const submitted = await execute(SubmitApplicationDocument, { input: { applicationId, signature, idempotencyKey: `submit-${signing.sha256.slice(0, 16)}` } });
  const receipt = submitted.submitApplication.receipt;
  return receipt ? `${receipt.registryNumber} ${receipt.resolutionDueDate ?? ''}` : messages(submitted.submitApplication.userErrors).join('\n');
}
declare function signWithCertificate(bytes: string): Promise<string>;

export async function withdraw(applicationId: string): Promise<boolean> {
  const { withdrawApplication } = await execute(WithdrawApplicationDocument, { input: { applicationId } });
  return withdrawApplication.application?.status === 'WITHDRAWN';
}

/** "Les meves sol·licituds": drafts first to finish, then the submitted ones with their registry number. */
export async function myApplications(status: ApplicationStatus[] | null, after: string | null): Promise<{ lines: string[]; next: string | null }> {
  const { viewer } = await execute(MyApplicationsDocument, { filter: status ? { status } : null, first: 20, after });
  const page = viewer?.applications;
  const lines = (page?.nodes ?? []).map((application) => application.status === 'DRAFT'
    ? `${application.statusLabel}: ${application.resource?.title ?? '—'} · ${application.localEntity.name} · ${application.missingSteps.map((s) => s.stepLabel).join(', ')}`
    : `${application.registryNumber ?? '—'} · ${application.resource?.code ?? '—'} · ${application.resolutionDueDate ?? ''}`);
  return { lines, next: page?.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? null : null };
}

/** An entity's own page: its applications; `node` answers null for what the person may not see. */
export async function entityPage(id: string): Promise<string[]> {
  const { node } = await execute(EntityApplicationsDocument, { id, first: 20 });
  if (node?.__typename !== 'LocalEntity') return [];
  return node.applications.nodes.map((application) => `${node.name}: ${application.resource?.title ?? '—'} ${application.status}`);
}

/** The survey screen: one field per question (a 0–10 scale or a text box), shown once the application is granted and until it is answered. */
export async function surveyScreen(id: string, locale: Locale): Promise<{ fields: string[]; answered: string[] } | null> {
  const { application } = await execute(ApplicationSurveyDocument, { id, locale });
  if (!application) return null;
  const fields = application.surveyAvailable
    ? application.survey.map((question) => `${question.text}${question.required ? ' *' : ''} [${question.kind === 'RATING' ? '0–10' : question.kindLabel}]`)
    : [];
  const answered = (application.surveyResponse?.answers ?? []).map((answer) => `${answer.questionCode}: ${answer.rating ?? answer.text ?? ''}`);
  return { fields, answered };
}

export async function answerSurvey(applicationId: string, ratings: Map<string, number>, remarks: Map<string, string>): Promise<string[]> {
  const answers = [
    ...[...ratings].map(([questionCode, rating]) => ({ questionCode, rating })),
    ...[...remarks].map(([questionCode, text]) => ({ questionCode, text })),
  ];
  const { submitSurveyResponse } = await execute(SubmitSurveyResponseDocument, { input: { applicationId, answers } });
  return submitSurveyResponse.surveyResponse ? [] : messages(submitSurveyResponse.userErrors);
}

export async function refetchApplication(id: string): Promise<number | null> {
  const { node } = await execute(ApplicationNodeDocument, { id });
  return node?.__typename === 'Application' ? node.version : null;
}

// ── Back office ──────────────────────────────────────────────────────────────────────────────

/** The reviewers' queue, soonest due first, optionally only what is at risk or overdue. */
export async function reviewQueue(states: DeadlineState[] | null, after: string | null): Promise<string[]> {
  const { applications } = await execute(ReviewQueueDocument, { filter: states ? { deadlineState: states, status: ['SUBMITTED'] } : null, first: 50, after });
  return applications.edges.map(({ cursor, node }) => `${cursor} ${node.resolutionDueDate ?? ''} ${node.deadlineStateLabel ?? ''} ${node.localEntity.name} (${node.localEntity.typeLabel}) ${node.resource?.title ?? ''}`);
}

/** A fitxa's survey answers in a quarter, one line per response, "fit to needs" ratings marked. */
export async function surveyAnswers(provider: string, code: string, from: string, to: string, after: string | null): Promise<{ lines: string[]; next: string | null } | null> {
  const { resource } = await execute(SurveyResponsesDocument, { provider, code, from, to, first: 50, after });
  const page = resource?.surveyResponses;
  if (!page) return null;
  const lines = page.nodes.map((response) => `${response.submittedAt} ${response.localEntity.name}: ${response.answers
    .map((answer) => `${answer.questionCode}${answer.fitToNeeds ? '*' : ''}=${answer.rating ?? answer.text ?? ''}`).join(', ')}`);
  return { lines, next: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null };
}

/** The editor's list: every draft, scheduled, unpublished and archived fitxa of the provider. */
export async function editorList(provider: string, status: ResourceStatus[]): Promise<string[]> {
  const { resources } = await execute(EditorResourcesDocument, { filter: { provider: [provider], status }, first: 50 });
  return resources.nodes.map((resource) => `${resource.code} ${resource.status} v${resource.version} ${resource.title}`);
}

export async function reviewScreen(id: string): Promise<string | null> {
  const { application } = await execute(ReviewApplicationDocument, { id });
  if (!application) return null;
  const links: string[] = application.attachments.map((attachment) => `<a href="${attachment.downloadUrl}">${attachment.filename}</a>`);
  return `${application.registryNumber ?? '—'} ${application.localEntity.name} ${application.deadlineState ?? ''} ${application.receipt?.seal ?? ''} ${links.join(' ')}`;
}

export async function recordMeeting(localEntityId: string, requirementId: string): Promise<string[]> {
  const { recordRequirementFulfilment } = await execute(RecordRequirementFulfilmentDocument, {
    input: { localEntityId, requirementId, date: '2026-11-20', note: 'Reunió de planificació' },
  });
  return messages(recordRequirementFulfilment.userErrors);
}

export async function editorForm(code: string, content: ResourceContentInput): Promise<string[]> {
  const created = await execute(CreateResourceDocument, { input: { provider: 'diba', code, content } });
  if (!created.createResource.resource) return messages(created.createResource.userErrors);
  const { resource } = await execute(ResourceFormDocument, { provider: 'diba', code });
  if (!resource?.content) return [];
  // What the form loads is what it saves: the loaded content is a ResourceContentInput as it is.
  const loaded: ResourceContentInput = resource.content;
  const edited: ResourceContentInput = {
    ...loaded,
    translations: loaded.translations.map((translation) => (translation.locale === 'ES' ? { ...translation, title: 'Apoyo revisado' } : translation)),
  };
  const saved = await execute(SaveResourceDocument, { input: { resourceId: resource.id, expectedVersion: resource.version, content: edited } });
  const version: number | undefined = saved.updateResource.resource?.version;
  const check = (await execute(PublicationCheckDocument, { provider: 'diba', code })).resource?.publicationCheck;
  if (!check?.publishable) return messages(check?.errors ?? []);
  const published = await execute(PublishResourceDocument, { input: { resourceId: resource.id, expectedVersion: version } });
  return [...messages(published.publishResource.userErrors), ...messages(published.publishResource.warnings)];
}

export async function history(code: string): Promise<string[]> {
  const { resource } = await execute(ResourceRevisionsDocument, { provider: 'diba', code });
  const revisions = resource?.revisions?.nodes ?? [];
  const oldest = revisions.at(-1);
  if (resource && oldest) {
    await execute(RestoreResourceRevisionDocument, { input: { resourceId: resource.id, revisionId: oldest.id, expectedVersion: resource.version } });
  }
  return revisions.map((revision) => `${revision.version} ${revision.action} ${revision.actorName} ${revision.changes.map((c) => c.field.join('.')).join(', ')}`);
}
