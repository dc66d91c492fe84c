import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, ResolutionDecision, ReviewApplicationFileQuery } from '../gql/graphql';
import { Status } from '../ui/ErrorSummary';
import { Field } from '../ui/Field';
import { errorsAt } from '../ui/user-errors';
import { ActionForm, useRun } from './action-form';
import { CLOSE_REVOCATION, OPEN_HEARING, OPEN_REVOCATION, REQUEST_CORRECTIONS, RESOLVE_APPLICATION, REVOKE_GRANT } from './operations';

type FileApplication = NonNullable<ReviewApplicationFileQuery['application']>;
type Action = 'requestCorrections' | 'resolve' | 'openHearing' | 'openRevocation' | 'closeRevocation' | 'revokeGrant';

/**
 * What a reviewer may do from each status (DESIGN.md, "After submission"). The API decides in the
 * end (INVALID_STATUS comes back as a user error); this only spares people forms that cannot work.
 */
const ACTIONS_BY_STATUS: Partial<Record<ApplicationStatus, Action[]>> = {
  SUBMITTED: ['requestCorrections', 'resolve', 'openHearing'],
  CORRECTIONS_REQUESTED: ['resolve'],
  GRANTED: ['openRevocation'],
  REVOCATION_OPEN: ['closeRevocation', 'revokeGrant'],
};
const DECISIONS: ResolutionDecision[] = ['GRANT', 'DENY', 'ACCEPT_WITHDRAWAL', 'DECLARE_DESISTED'];
const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);
const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

export function ReviewActions({ application, onDone }: { application: FileApplication; onDone: () => void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Action | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const actions = ACTIONS_BY_STATUS[application.status] ?? [];
  if (!actions.length && !outcome) return null;
  const finished = (what: string) => {
    setChosen(null);
    setOutcome(t('review.actions.done', { what }));
    onDone();
  };
  const props = { application, onDone: finished, onCancel: () => setChosen(null) };
  return (
    <section aria-labelledby="review-actions" className="file-section panel">
      <h2 id="review-actions">{t('review.actions.title')}</h2>
      <Status>{outcome}</Status>
      {chosen ? null : (
        <div className="action-buttons" role="group" aria-label={t('review.actions.choose')}>
          {actions.map((action) => (
            <button key={action} type="button" className="button button--secondary" data-action={action}
              onClick={() => { setOutcome(null); setChosen(action); }}>{t(`review.actions.${action}`)}</button>
          ))}
        </div>
      )}
      {chosen === 'requestCorrections' ? <RequestCorrectionsForm {...props} /> : null}
      {chosen === 'resolve' ? <ResolveForm {...props} /> : null}
      {chosen === 'openHearing' ? <HearingForm {...props} /> : null}
      {chosen === 'openRevocation' ? <OpenRevocationForm {...props} /> : null}
      {chosen === 'closeRevocation' || chosen === 'revokeGrant' ? <EndRevocationForm {...props} action={chosen} /> : null}
    </section>
  );
}

interface FormProps { application: FileApplication; onDone: (what: string) => void; onCancel: () => void }

function RequestCorrectionsForm({ application, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const [items, setItems] = useState([{ text: '', requirementCode: '', documentCode: '' }]);
  const [termDays, setTermDays] = useState('');
  const [mutate] = useMutation(REQUEST_CORRECTIONS);
  const { errors, working, run } = useRun(onDone);
  const requirements = application.resource?.requirements ?? [];
  const documents = application.resource?.documents ?? [];
  const listErrors = errors.filter((error) => error.field?.join('.') === 'input.items');
  const setItem = (index: number, key: keyof (typeof items)[number], value: string) => setItems(items.map((item, at) => (at === index ? { ...item, [key]: value } : item)));
  const send = () => run(t('review.actions.requestCorrections'), async () => (await mutate({
    variables: {
      input: {
        applicationId: application.id,
        termDays: numberOrNull(termDays),
        items: items.map((item) => ({ text: item.text, requirementCode: item.requirementCode || null, documentCode: item.documentCode || null })),
      },
    },
  })).data?.requestCorrections.userErrors);
  return (
    <ActionForm id="request-corrections" title={t('review.actions.requestCorrections')} errors={errors} working={working} onSubmit={() => void send()} onCancel={onCancel}>
      {items.map((item, index) => (
        <fieldset key={index} className="item">
          <legend>{t('review.actions.item', { n: index + 1 })}</legend>
          <Field id={`input.items.${index}.text`} label={t('review.actions.itemText')} required errors={errorsAt(errors, ['input', 'items', index, 'text'])}>
            {(control) => <textarea {...control} rows={2} value={item.text} onChange={(event) => setItem(index, 'text', event.target.value)} />}
          </Field>
          <Field id={`input.items.${index}.requirementCode`} label={t('review.actions.requirement')} errors={errorsAt(errors, ['input', 'items', index, 'requirementCode'])}>
            {(control) => (
              <select {...control} value={item.requirementCode} onChange={(event) => setItem(index, 'requirementCode', event.target.value)}>
                <option value="">{t('common.none')}</option>
                {requirements.map((requirement) => <option key={requirement.code} value={requirement.code}>{requirement.code}</option>)}
              </select>
            )}
          </Field>
          <Field id={`input.items.${index}.documentCode`} label={t('review.actions.documentCode')} errors={errorsAt(errors, ['input', 'items', index, 'documentCode'])}>
            {(control) => (
              <select {...control} value={item.documentCode} onChange={(event) => setItem(index, 'documentCode', event.target.value)}>
                <option value="">{t('common.none')}</option>
                {documents.map((doc) => <option key={doc.code} value={doc.code}>{doc.title ?? doc.code}</option>)}
              </select>
            )}
          </Field>
          {items.length > 1 ? (
            <button type="button" className="button button--link" onClick={() => setItems(items.filter((_, at) => at !== index))}>
              {t('review.actions.removeItem', { n: index + 1 })}
            </button>
          ) : null}
        </fieldset>
      ))}
      <p><button type="button" className="button button--secondary" onClick={() => setItems([...items, { text: '', requirementCode: '', documentCode: '' }])}>{t('review.actions.addItem')}</button></p>
      {/* Errors of the list as a whole (REQUIRED when it is empty) point here; the summary links to it. */}
      {listErrors.length ? <p id="input.items" tabIndex={-1} className="field__error">{listErrors.map((error) => error.message).join(' ')}</p> : null}
      <Field id="input.termDays" label={t('review.actions.termDays')} hint={t('review.actions.termHint')} errors={errorsAt(errors, ['input', 'termDays'])}>
        {(control) => <input {...control} type="number" inputMode="numeric" min={1} value={termDays} onChange={(event) => setTermDays(event.target.value)} />}
      </Field>
    </ActionForm>
  );
}

function ResolveForm({ application, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ decision: (application.status === 'CORRECTIONS_REQUESTED' ? 'DECLARE_DESISTED' : 'GRANT') as ResolutionDecision, reasons: '', competentBody: '', restsOnOtherFacts: false });
  const [mutate] = useMutation(RESOLVE_APPLICATION);
  const { errors, working, run } = useRun(onDone);
  const send = () => run(t(`review.actions.decisions.${form.decision}`), async () => (await mutate({
    variables: { input: { applicationId: application.id, ...form } },
  })).data?.resolveApplication.userErrors);
  return (
    <ActionForm id="resolve" title={t('review.actions.resolve')} errors={errors} working={working} onSubmit={() => void send()} onCancel={onCancel}>
      <Field id="input.decision" label={t('review.actions.decision')} required errors={errorsAt(errors, ['input', 'decision'])}>
        {(control) => (
          <select {...control} value={form.decision} onChange={(event) => setForm({ ...form, decision: event.target.value as ResolutionDecision })}>
            {DECISIONS.map((decision) => <option key={decision} value={decision}>{t(`review.actions.decisions.${decision}`)}</option>)}
          </select>
        )}
      </Field>
      <Field id="input.reasons" label={t('review.actions.reasons')} required errors={errorsAt(errors, ['input', 'reasons'])}>
        {(control) => <textarea {...control} rows={4} value={form.reasons} onChange={(event) => setForm({ ...form, reasons: event.target.value })} />}
      </Field>
      <Field id="input.competentBody" label={t('review.actions.competentBody')} required errors={errorsAt(errors, ['input', 'competentBody'])}>
        {(control) => <input {...control} value={form.competentBody} onChange={(event) => setForm({ ...form, competentBody: event.target.value })} />}
      </Field>
      <div className="field field--checkbox">
        <input id="input.restsOnOtherFacts" type="checkbox" checked={form.restsOnOtherFacts} onChange={(event) => setForm({ ...form, restsOnOtherFacts: event.target.checked })} />
        <label htmlFor="input.restsOnOtherFacts">{t('review.actions.restsOnOtherFacts')}</label>
      </div>
    </ActionForm>
  );
}

function HearingForm({ application, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ reasons: '', termDays: '' });
  const [mutate] = useMutation(OPEN_HEARING);
  const { errors, working, run } = useRun(onDone);
  const send = () => run(t('review.actions.openHearing'), async () => (await mutate({
    variables: { input: { applicationId: application.id, reasons: form.reasons, termDays: numberOrNull(form.termDays) } },
  })).data?.openHearing.userErrors);
  return (
    <ActionForm id="open-hearing" title={t('review.actions.openHearing')} errors={errors} working={working} onSubmit={() => void send()} onCancel={onCancel}>
      <Field id="input.reasons" label={t('review.actions.reasons')} required errors={errorsAt(errors, ['input', 'reasons'])}>
        {(control) => <textarea {...control} rows={4} value={form.reasons} onChange={(event) => setForm({ ...form, reasons: event.target.value })} />}
      </Field>
      <Field id="input.termDays" label={t('review.actions.hearingTerm')} hint={t('review.actions.hearingTermHint')} errors={errorsAt(errors, ['input', 'termDays'])}>
        {(control) => <input {...control} type="number" inputMode="numeric" min={10} max={15} value={form.termDays} onChange={(event) => setForm({ ...form, termDays: event.target.value })} />}
      </Field>
    </ActionForm>
  );
}

function OpenRevocationForm({ application, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ deadline: '', deficiencies: '', measures: '' });
  const [mutate] = useMutation(OPEN_REVOCATION);
  const { errors, working, run } = useRun(onDone);
  const send = () => run(t('review.actions.openRevocation'), async () => (await mutate({
    variables: { input: { applicationId: application.id, deadline: form.deadline, deficiencies: lines(form.deficiencies), measures: lines(form.measures) } },
  })).data?.openRevocation.userErrors);
  return (
    <ActionForm id="open-revocation" title={t('review.actions.openRevocation')} errors={errors} working={working} onSubmit={() => void send()} onCancel={onCancel}>
      <Field id="input.deficiencies" label={t('review.actions.deficiencies')} required errors={errorsAt(errors, ['input', 'deficiencies'])}>
        {(control) => <textarea {...control} rows={3} value={form.deficiencies} onChange={(event) => setForm({ ...form, deficiencies: event.target.value })} />}
      </Field>
      <Field id="input.measures" label={t('review.actions.measures')} required errors={errorsAt(errors, ['input', 'measures'])}>
        {(control) => <textarea {...control} rows={3} value={form.measures} onChange={(event) => setForm({ ...form, measures: event.target.value })} />}
      </Field>
      <Field id="input.deadline" label={t('review.actions.deadline')} required errors={errorsAt(errors, ['input', 'deadline'])}>
        {(control) => <input {...control} type="date" value={form.deadline} onChange={(event) => setForm({ ...form, deadline: event.target.value })} />}
      </Field>
    </ActionForm>
  );
}

function EndRevocationForm({ application, onDone, onCancel, action }: FormProps & { action: 'closeRevocation' | 'revokeGrant' }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ reasons: '', competentBody: '' });
  const [close] = useMutation(CLOSE_REVOCATION);
  const [revoke] = useMutation(REVOKE_GRANT);
  const { errors, working, run } = useRun(onDone);
  const input = { applicationId: application.id, ...form };
  const send = () => run(t(`review.actions.${action}`), async () => (action === 'closeRevocation'
    ? (await close({ variables: { input } })).data?.closeRevocation.userErrors
    : (await revoke({ variables: { input } })).data?.revokeGrant.userErrors));
  return (
    <ActionForm id={action === 'closeRevocation' ? 'close-revocation' : 'revoke-grant'} title={t(`review.actions.${action}`)} errors={errors} working={working} onSubmit={() => void send()} onCancel={onCancel}>
      <Field id="input.reasons" label={t('review.actions.reasons')} required errors={errorsAt(errors, ['input', 'reasons'])}>
        {(control) => <textarea {...control} rows={4} value={form.reasons} onChange={(event) => setForm({ ...form, reasons: event.target.value })} />}
      </Field>
      <Field id="input.competentBody" label={t('review.actions.competentBody')} required errors={errorsAt(errors, ['input', 'competentBody'])}>
        {(control) => <input {...control} value={form.competentBody} onChange={(event) => setForm({ ...form, competentBody: event.target.value })} />}
      </Field>
    </ActionForm>
  );
}
