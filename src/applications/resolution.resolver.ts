import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { withoutTenantFilter } from '../database/tenant-filter';
import { RequestContext } from '../graphql/context';
import { ServedLocale } from '../graphql/served-locale';
import { DateTimeScalar } from '../graphql/scalars';
import { labelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { toApplicationNode, ApplicationNode } from './application.type';
import { submitAllegations } from './allegations.service';
import { HEARING_PURPOSE_LABELS } from './hearing-purpose';
import { HearingEntity } from './hearing.entity';
import { hearingTermOverAt, openHearing } from './hearing.service';
import { hearingIsConcluded } from './hearing.rules';
import { RESOLUTION_KIND_LABELS, ResolutionKind } from './resolution-kind';
import { OpenHearingInput, ResolveApplicationInput, SubmitAllegationsInput } from './resolution.inputs';
import { resolutionsOf, resolveApplication, sealedCopiesOf } from './resolution.service';
import {
  HearingView, IssuedDocumentView, OpenHearingPayload, ResolutionView, ResolveApplicationPayload, SealedCopyView, SubmitAllegationsPayload,
  toHearingView, toResolutionView, toSealedCopyView,
} from './resolution.type';

/** The kinds that end an application's own procedure: `Application.resolution` is the latest of these. */
const DECIDING_KINDS: readonly ResolutionKind[] = [ResolutionKind.GRANT, ResolutionKind.DENY, ResolutionKind.ACCEPT_WITHDRAWAL, ResolutionKind.DECLARE_DESISTED];

/** Hearings, allegations and resolutions of an application; who may act is decided in the services (the provider's policy once it is known). */
@Resolver(() => ApplicationNode)
export class ResolutionResolver {
  @Mutation(() => OpenHearingPayload, { description: "Hear the entity before resolving on facts it did not bring (art. 82): a sealed notice, registered and notified; the provider's reviewers and admins, from SUBMITTED." })
  async openHearing(@Ctx() context: RequestContext, @Arg('input', () => OpenHearingInput, { validate: true, description: 'The application, the facts and the term.' }) input: OpenHearingInput) {
    const result = await openHearing(context, input);
    return { application: result.application && toApplicationNode(result.application), hearing: result.hearing && toHearingView(result.hearing), userErrors: result.userErrors };
  }

  @Mutation(() => SubmitAllegationsPayload, { description: 'Answer the open hearing with signed allegations, registered like a submission (people who act for the entity).' })
  async submitAllegations(@Ctx() context: RequestContext, @Arg('input', () => SubmitAllegationsInput, { validate: true, description: 'The application, the statement, files, signature and idempotency key.' }) input: SubmitAllegationsInput) {
    const result = await submitAllegations(context, input);
    return {
      application: result.application && toApplicationNode(result.application), hearing: result.hearing && toHearingView(result.hearing),
      registryNumber: result.registryEntry?.number ?? null, receipt: result.receipt, userErrors: result.userErrors,
    };
  }

  @Mutation(() => ResolveApplicationPayload, { description: "Resolve an application: a resolution sealed by the provider, registered outgoing and notified; on GRANT, the sealed copies. The provider's reviewers and admins." })
  async resolveApplication(@Ctx() context: RequestContext, @Arg('input', () => ResolveApplicationInput, { validate: true, description: 'The application, the decision, its reasons and the competent body.' }) input: ResolveApplicationInput) {
    const result = await resolveApplication(context, input);
    return { application: result.application && toApplicationNode(result.application), resolution: result.resolution && toResolutionView(result.resolution), userErrors: result.userErrors };
  }

  @FieldResolver(() => [HearingView], { description: 'Hearings of the entity (art. 82), oldest first.' })
  async hearings(@Root() node: ApplicationNode, @Ctx() context: RequestContext): Promise<HearingView[]> {
    const hearings = await context.em.find(HearingEntity, { application: node.entity.id }, {
      orderBy: { openedAt: 'asc', createdAt: 'asc' }, populate: ['notification', 'noticeEntry', 'allegationsEntry'],
      ...withoutTenantFilter('the application was already found readable by the caller; its hearings go with it'),
    });
    return hearings.map(toHearingView);
  }

  @FieldResolver(() => ResolutionView, { nullable: true, description: 'The resolution that decided the application (grant, denial, withdrawal, desistiment); null until then.' })
  async resolution(@Root() node: ApplicationNode, @Ctx() context: RequestContext): Promise<ResolutionView | null> {
    const deciding = (await resolutionsOf(context, node.entity.id)).filter((r) => DECIDING_KINDS.includes(r.kind));
    return deciding.length ? toResolutionView(deciding[deciding.length - 1]) : null;
  }

  @FieldResolver(() => [ResolutionView], { description: 'Every resolution on the application, oldest first, those of a revocation procedure included.' })
  async resolutions(@Root() node: ApplicationNode, @Ctx() context: RequestContext): Promise<ResolutionView[]> {
    return (await resolutionsOf(context, node.entity.id)).map(toResolutionView);
  }

  @FieldResolver(() => [SealedCopyView], { description: 'Copies sealed by the provider of the documents the entity accepted and keeps once granted (e.g. the Lleida conveni and contracte d\'encarregat de tractament).' })
  async sealedCopies(@Root() node: ApplicationNode, @Ctx() context: RequestContext): Promise<SealedCopyView[]> {
    return (await sealedCopiesOf(context, node.entity.id)).map(toSealedCopyView);
  }
}

@Resolver(() => HearingView)
export class HearingFieldsResolver {
  @FieldResolver(() => String, { description: 'Label of `purpose`.' })
  purposeLabel(@Root() hearing: HearingView, @ServedLocale() locale: Locale): string {
    return labelOf(HEARING_PURPOSE_LABELS, hearing.purpose, locale);
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'When the term to allege is over; null while the notice has not taken effect (not opened and not yet deemed rejected).' })
  async termOverAt(@Root() hearing: HearingView, @Ctx() context: RequestContext): Promise<Date | null> {
    return hearingTermOverAt(context.em, hearing.entity, hearing.entity.application, context.clock.now());
  }

  @FieldResolver(() => Boolean, { description: 'The entity has been heard: its allegations are registered, or the term is over.' })
  async concluded(@Root() hearing: HearingView, @Ctx() context: RequestContext): Promise<boolean> {
    const now = context.clock.now();
    return hearingIsConcluded({ allegationsRegisteredAt: hearing.allegations?.registeredAt ?? null, termOverAt: await this.termOverAt(hearing, context) }, now);
  }
}

@Resolver(() => ResolutionView)
export class ResolutionLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `kind`, e.g. "Resolució d\'atorgament".' })
  kindLabel(@Root() resolution: ResolutionView, @ServedLocale() locale: Locale): string {
    return labelOf(RESOLUTION_KIND_LABELS, resolution.kind, locale);
  }
}

@Resolver(() => IssuedDocumentView)
export class IssuedDocumentResolver {
  @FieldResolver(() => String, {
    description: 'Signed link to the sealed PDF (GET /files/{id}?expires=…&signature=…) that works without an Authorization header for a few minutes; only people who may read the application get one.',
  })
  downloadUrl(@Root() document: IssuedDocumentView, @Ctx() context: RequestContext): string {
    return context.downloadUrls.sign(`/files/${document.fileId}`, context.clock.now());
  }
}

export const resolutionResolvers = [ResolutionResolver, HearingFieldsResolver, ResolutionLabelsResolver, IssuedDocumentResolver] as const;
