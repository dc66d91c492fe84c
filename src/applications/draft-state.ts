import { DraftState } from './application-steps';
import { ApplicationEntity } from './application.entity';

/** The parts of an application the step rules read (acceptances and attachments loaded). */
export function draftState(application: ApplicationEntity): DraftState {
  return {
    applicantName: application.applicantName,
    applicantNif: application.applicantNif,
    applicantPosition: application.applicantPosition,
    applicantEmail: application.applicantEmail,
    selectedServices: application.selectedServices,
    agreementDate: application.agreementDate,
    interlocutors: application.interlocutors,
    declaredRequirements: application.declaredRequirements,
    acceptedDocuments: new Map(application.acceptances.getItems().map((a) => [a.documentCode, a.sha256])),
    attachedDocuments: new Set(application.attachments.getItems().map((a) => a.documentCode)),
  };
}
