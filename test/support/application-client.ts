import assert from 'node:assert/strict';
import { toGlobalId } from '../../src/graphql/global-id';
import { TestService } from './test-service';

/** GraphQL calls of the application procedure, for the integration tests. */

export const APPLICATION_FIELDS = `id status version applicant { name nif position email phone } selectedServices agreementDate
  acceptedDocuments { documentId code versionNumber sha256 } interlocutors { roleCode name nif email phone }
  attachments { documentCode fileId sha256 filename } declaredRequirements missingSteps { step items }
  registryNumber submittedAt resolutionDueDate targetDueDate deadlineState localEntity { nif name } resource { code }`;

const MUTATION_INPUT: Record<string, string> = {
  startApplication: 'StartApplicationInput', updateApplicantDetails: 'UpdateApplicantDetailsInput', selectServices: 'SelectServicesInput',
  setAgreementDate: 'SetAgreementDateInput', acceptConditions: 'AcceptConditionsInput', designateInterlocutors: 'DesignateInterlocutorsInput',
  attachFile: 'AttachFileInput', makeDeclarations: 'MakeDeclarationsInput', withdrawApplication: 'ApplicationIdInput',
};

export { toGlobalId as globalId } from '../../src/graphql/global-id';

export function applicationClient(api: TestService) {
  const sql = <T = any>(query: string, params: unknown[] = []) => api.service.database.orm.em.fork().getConnection().execute<T[]>(query, params);
  return {
    sql,
    /** Runs a step mutation; returns { application, userErrors, warnings } or the GraphQL errors. */
    async step(name: keyof typeof MUTATION_INPUT, input: Record<string, unknown>, headers: Record<string, string>) {
      const response = await api.graphql(
        `mutation($input: ${MUTATION_INPUT[name]}!) { ${name}(input: $input) { application { ${APPLICATION_FIELDS} } userErrors { code field message } warnings { code message } } }`,
        { input }, headers,
      );
      return { ...(response.body.data?.[name] ?? {}), errors: response.body.errors };
    },
    async submit(input: { applicationId: string; signature: string; idempotencyKey: string }, headers: Record<string, string>) {
      const response = await api.graphql(
        `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) {
          application { ${APPLICATION_FIELDS} }
          receipt { registryNumber registeredAt contentSha256 resolutionDueDate targetDueDate silenceEffect seal signatureFormat signatureFormatLabel }
          userErrors { code field message } } }`,
        { input }, headers,
      );
      return { ...(response.body.data?.submitApplication ?? {}), errors: response.body.errors };
    },
    async application(id: string, headers: Record<string, string>) {
      const response = await api.graphql(`query($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} signingPayload { canonicalJson sha256 } } }`, { id }, headers);
      assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
      return response.body.data.application;
    },
    async resource(provider: string, code: string) {
      const response = await api.graphql(`query($p: String!, $c: String!) { resource(provider: $p, code: $c) {
        id code documents { id code sha256 mustAccept mustAttach } requirements { id code verification } serviceOptions { code recommended }
        interlocutorRoles { code required } } }`, { p: provider, c: code });
      return response.body.data.resource;
    },
    /** Creates a fitxa of the provider with this content (its first unit unless the content names one) as an editor, and publishes it; answers its id. */
    async publishResource(provider: string, code: string, content: Record<string, unknown>, editor: Record<string, string>): Promise<string> {
      const [unit] = await sql('select u.code from provider_unit u join provider p on p.id = u.provider_id where p.slug = ? limit 1', [provider]);
      const created = await api.graphql('mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } userErrors { code field } } }',
        { input: { provider, code, content: { unitCode: unit.code, ...content } } }, editor);
      assert.deepEqual(created.body.data.createResource.userErrors, []);
      const id = created.body.data.createResource.resource.id;
      const published = await api.graphql('mutation($input: ResourcePublicationInput!) { publishResource(input: $input) { userErrors { code } } }', { input: { resourceId: id } }, editor);
      assert.deepEqual(published.body.data.publishResource.userErrors, []);
      return id;
    },
    async localEntityId(nif: string) {
      const [row] = await sql('select id from local_entity where nif = ?', [nif]);
      return toGlobalId('LocalEntity', row.id);
    },
    async upload(headers: Record<string, string>, bytes: Buffer, name: string) {
      const form = new FormData();
      form.append('file', new Blob([bytes], { type: 'application/pdf' }), name);
      const response = await fetch(`${api.url}/files`, { method: 'POST', headers, body: form });
      assert.equal(response.status, 201);
      return (await response.json() as { id: string }).id;
    },
    /** Row counts of everything an application step may write. */
    async counts() {
      const [row] = await sql(`select (select count(*) from application)::int as applications, (select count(*) from application_event)::int as events,
        (select count(*) from registry_entry)::int as registry, (select count(*) from document_acceptance)::int as acceptances,
        (select count(*) from application_attachment)::int as attachments, (select count(*) from outbox_event)::int as outbox,
        (select coalesce(sum(version), 0) from application)::int as versions`);
      return row;
    },
  };
}
