import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ServedLocale } from '../graphql/served-locale';
import { labelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { ASSURANCE_LEVEL_LABELS, CERTIFICATE_TYPE_LABELS, STAFF_ROLE_LABELS } from './identity-labels';
import { CertificateView, StaffRoleView } from './viewer.type';

/** The `…Label` siblings of the viewer's certificate and roles, in the locale the field serves. */
@Resolver(() => CertificateView)
export class CertificateLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `type`, e.g. "Certificat de representant".' })
  typeLabel(@Root() certificate: CertificateView, @ServedLocale() locale: Locale): string {
    return labelOf(CERTIFICATE_TYPE_LABELS, certificate.type, locale);
  }

  @FieldResolver(() => String, { description: 'Label of `assurance`, e.g. "Substancial".' })
  assuranceLabel(@Root() certificate: CertificateView, @ServedLocale() locale: Locale): string {
    return labelOf(ASSURANCE_LEVEL_LABELS, certificate.assurance, locale);
  }
}

@Resolver(() => StaffRoleView)
export class StaffRoleLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `role`, e.g. "Revisor de sol·licituds".' })
  roleLabel(@Root() staffRole: StaffRoleView, @ServedLocale() locale: Locale): string {
    return labelOf(STAFF_ROLE_LABELS, staffRole.role, locale);
  }
}

export const identityLabelResolvers = [CertificateLabelsResolver, StaffRoleLabelsResolver] as const;
