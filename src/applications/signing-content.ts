import { toGlobalId } from '../graphql/global-id';
import { canonicalJson, sha256Hex } from '../signature/canonical-json';
import { ApplicationEntity } from './application.entity';

/**
 * Everything the applicant declares, as the JSON they sign. Only what the applicant chose goes
 * in, in a fixed order of lists, so the same draft always gives the same bytes (RFC 8785), and
 * any change after signing shows up as a different payload.
 * Expects acceptances (with their document version), attachments (with their file), resource,
 * provider and local entity loaded.
 */
export function signingContent(application: ApplicationEntity): Record<string, unknown> {
  const byCode = <T extends { documentCode: string }>(items: T[]) => [...items].sort((a, b) => a.documentCode.localeCompare(b.documentCode));
  return {
    type: 'application',
    application: toGlobalId('Application', application.id),
    provider: { slug: application.provider.slug, nif: application.provider.nif },
    resource: { code: application.resource.code },
    localEntity: { nif: application.localEntity.nif ?? null, name: application.localEntity.name, type: application.localEntity.type },
    applicant: {
      name: application.applicantName ?? null, nif: application.applicantNif ?? null, position: application.applicantPosition ?? null,
      email: application.applicantEmail ?? null, phone: application.applicantPhone ?? null,
    },
    services: [...application.selectedServices].sort(),
    agreementDate: application.agreementDate ?? null,
    acceptedDocuments: byCode(application.acceptances.getItems()).map((a) => ({
      code: a.documentCode, versionNumber: a.documentVersion.number, sha256: a.sha256,
    })),
    interlocutors: [...application.interlocutors].sort((a, b) => a.roleCode.localeCompare(b.roleCode))
      .map((i) => ({ role: i.roleCode, name: i.name, nif: i.nif, email: i.email, phone: i.phone })),
    attachments: byCode(application.attachments.getItems()).map((a) => ({ code: a.documentCode, sha256: a.sha256, filename: a.file.filename })),
    declarations: [...application.declaredRequirements].sort(),
  };
}

export async function signingPayload(application: ApplicationEntity): Promise<{ canonicalJson: string; sha256: string }> {
  const json = await canonicalJson(signingContent(application));
  return { canonicalJson: json, sha256: sha256Hex(json) };
}
