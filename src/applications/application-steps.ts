import { ProcedureStepKind, RequirementVerification } from '../catalogue/resource-enums';
import { ResourceSnapshot } from '../catalogue/resource-snapshot';

/** The parts of a draft that the step rules read. */
export interface DraftState {
  applicantName?: string | null;
  applicantNif?: string | null;
  applicantPosition?: string | null;
  applicantEmail?: string | null;
  selectedServices: string[];
  agreementDate?: string | null;
  interlocutors: { roleCode: string }[];
  declaredRequirements: string[];
  /** documentCode → SHA-256 of the accepted version. */
  acceptedDocuments: ReadonlyMap<string, string>;
  attachedDocuments: ReadonlySet<string>;
}

export interface MissingStep {
  step: ProcedureStepKind;
  /** What exactly is missing: codes of documents, roles, requirements or fields. */
  items: string[];
}

type Resource = Pick<ResourceSnapshot, 'serviceOptions' | 'requirements' | 'documents' | 'interlocutorRoles' | 'procedureSteps'>;

/** The documents the applicant must accept: those marked so, and those a requirement names. */
export function documentsToAccept(resource: Resource): ResourceSnapshot['documents'] {
  const named = new Set(resource.requirements
    .filter((r) => r.verification === RequirementVerification.DOCUMENT_ACCEPTANCE && r.documentCode)
    .map((r) => r.documentCode));
  return resource.documents.filter((d) => d.mustAccept || named.has(d.code));
}

export function needsAgreementDate(resource: Resource): boolean {
  return resource.requirements.some((r) => r.verification === RequirementVerification.ENTITY_AGREEMENT)
    || resource.procedureSteps.some((s) => s.kind === ProcedureStepKind.AGREEMENT_DATE);
}

/**
 * What is still needed before the draft can be signed, in the order of the procedure, derived
 * from the resource's data so a front end can draw its wizard from it. An acceptance of a
 * document version that the fitxa has since replaced no longer counts.
 */
export function missingSteps(resource: Resource, draft: DraftState): MissingStep[] {
  const steps: MissingStep[] = [];
  const add = (step: ProcedureStepKind, items: string[]) => {
    if (items.length > 0) steps.push({ step, items });
  };
  add(ProcedureStepKind.APPLICANT_DETAILS, ([
    ['name', draft.applicantName], ['nif', draft.applicantNif], ['position', draft.applicantPosition], ['email', draft.applicantEmail],
  ] as const).filter(([, value]) => !value).map(([field]) => field));

  const offered = new Set(resource.serviceOptions.map((o) => o.code));
  if (offered.size > 0) {
    const withdrawn = draft.selectedServices.filter((code) => !offered.has(code));
    add(ProcedureStepKind.SELECT_SERVICES, draft.selectedServices.length === 0 ? ['services'] : withdrawn);
  }
  if (needsAgreementDate(resource) && !draft.agreementDate) add(ProcedureStepKind.AGREEMENT_DATE, ['agreementDate']);
  add(ProcedureStepKind.ACCEPT_CONDITIONS,
    documentsToAccept(resource).filter((d) => draft.acceptedDocuments.get(d.code) !== d.sha256).map((d) => d.code));
  const designated = new Set(draft.interlocutors.map((i) => i.roleCode));
  add(ProcedureStepKind.DESIGNATE_INTERLOCUTORS, resource.interlocutorRoles.filter((r) => r.required && !designated.has(r.code)).map((r) => r.code));
  add(ProcedureStepKind.ATTACH_FILES, resource.documents.filter((d) => d.mustAttach && !draft.attachedDocuments.has(d.code)).map((d) => d.code));
  const declared = new Set(draft.declaredRequirements);
  add(ProcedureStepKind.DECLARATIONS, resource.requirements
    .filter((r) => r.verification === RequirementVerification.DECLARATION && !declared.has(r.code)).map((r) => r.code));
  return steps;
}
