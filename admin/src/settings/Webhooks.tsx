import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useViewer } from '../pages/viewer';
import { formatDateTime, providerName } from '../review/format';
import { ErrorSummary, Status } from '../ui/ErrorSummary';
import { Field } from '../ui/Field';
import { Page } from '../ui/Page';
import { errorsAt, type UserErrorLike } from '../ui/user-errors';
import { CREATE_WEBHOOK, DISABLE_WEBHOOK, REDELIVER_WEBHOOK, ROTATE_WEBHOOK_SECRET, WEBHOOKS } from './operations';

const present = (id: string) => Boolean(document.getElementById(id));

/**
 * The provider's webhooks: its subscriptions (create, rotate the secret, disable) and the delivery
 * log (redeliver). A new or rotated signing secret is shown once, right after the action, as the
 * API gives it only then.
 */
export function Webhooks() {
  const { t } = useTranslation();
  const { provider = '' } = useParams();
  const name = providerName(useViewer().data?.viewer, provider);
  const [subscriptionId, setSubscriptionId] = useState('');
  const { data, loading, refetch } = useQuery(WEBHOOKS, { variables: { provider, subscriptionId: subscriptionId || null, first: 50 } });
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const [form, setForm] = useState({ url: '', description: '', topics: '' });
  const [create] = useMutation(CREATE_WEBHOOK);
  const [rotate] = useMutation(ROTATE_WEBHOOK_SECRET);
  const [disable] = useMutation(DISABLE_WEBHOOK);
  const [redeliver] = useMutation(REDELIVER_WEBHOOK);
  const w = (key: string, options?: Record<string, unknown>) => t(`settings.webhooks.${key}`, options);

  /** One action at a time: progress, then its user errors or what it did; the lists are read again. */
  const act = async (done: string, send: () => Promise<{ userErrors: readonly UserErrorLike[]; secret?: string | null; url?: string } | undefined>) => {
    setWorking(true);
    setErrors([]);
    setOutcome(null);
    setSecret(null);
    try {
      const payload = await send();
      const userErrors = payload?.userErrors ?? [{ code: 'UNEXPECTED', message: t('errors.unexpected') }];
      setErrors([...userErrors]);
      if (!userErrors.length) {
        setOutcome(done);
        if (payload?.secret && payload.url) setSecret({ url: payload.url, secret: payload.secret });
        await refetch();
      }
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    } finally {
      setWorking(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void act(w('created'), async () => {
      const payload = (await create({ variables: { input: { provider, url: form.url, description: form.description || null, topics: form.topics.split(/[\s,]+/).filter(Boolean) } } })).data?.createWebhookSubscription;
      if (payload && !payload.userErrors.length) setForm({ url: '', description: '', topics: '' });
      return payload && { userErrors: payload.userErrors, secret: payload.secret, url: payload.subscription?.url };
    });
  };

  return (
    <Page title={w('title', { provider: name })} screen="settings-webhooks">
      <p>{w('intro')}</p>
      <ErrorSummary errors={errors} hasControl={present} />
      <Status>{working ? w('working') : outcome}</Status>
      {secret ? (
        <div className="panel secret" data-secret>
          <p><strong>{w('secretOnce', { url: secret.url })}</strong></p>
          <p><code className="hash" data-secret-value>{secret.secret}</code></p>
        </div>
      ) : null}

      <section aria-labelledby="webhooks-subscriptions" className="file-section">
        <h2 id="webhooks-subscriptions">{w('subscriptions')}</h2>
        {data && !data.webhookSubscriptions.length ? <p>{w('none')}</p> : null}
        {data?.webhookSubscriptions.length ? (
          <div className="table-scroll">
            <table data-table="subscriptions">
              <thead><tr><th scope="col">{w('url')}</th><th scope="col">{w('description')}</th><th scope="col">{w('topics')}</th><th scope="col">{w('state')}</th><th scope="col">{w('actions')}</th></tr></thead>
              <tbody>
                {data.webhookSubscriptions.map((subscription) => (
                  <tr key={subscription.id} data-subscription={subscription.id}>
                    <td>{subscription.url}</td>
                    <td>{subscription.description ?? '—'}</td>
                    <td>{subscription.topics.join(', ')}</td>
                    <td>
                      {subscription.enabled ? w('enabled') : w('disabled', { at: formatDateTime(subscription.disabledAt) })}
                      {subscription.previousSecretExpiresAt ? <><br />{w('previousSecret', { at: formatDateTime(subscription.previousSecretExpiresAt) })}</> : null}
                    </td>
                    <td>
                      {subscription.enabled ? (
                        <div className="action-buttons">
                          <button type="button" className="button button--secondary" disabled={working} aria-label={w('rotateOf', { url: subscription.url })}
                            onClick={() => void act(w('rotated'), async () => {
                              const payload = (await rotate({ variables: { input: { subscriptionId: subscription.id } } })).data?.rotateWebhookSecret;
                              return payload && { userErrors: payload.userErrors, secret: payload.secret, url: subscription.url };
                            })}>{w('rotate')}</button>
                          <button type="button" className="button button--danger" disabled={working} aria-label={w('disableOf', { url: subscription.url })}
                            onClick={() => void act(w('disabledDone'), async () => (await disable({ variables: { input: { subscriptionId: subscription.id } } })).data?.disableWebhook)}>
                            {w('disable')}
                          </button>
                        </div>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="webhooks-new" className="panel">
        <h2 id="webhooks-new">{w('new')}</h2>
        <form id="webhook-form" onSubmit={submit} noValidate aria-busy={working}>
          <Field id="input.url" label={w('url')} required errors={errorsAt(errors, ['input', 'url'])}>
            {(control) => <input {...control} type="url" value={form.url} onChange={(event) => setForm({ ...form, url: event.target.value })} />}
          </Field>
          <Field id="input.description" label={w('description')} errors={errorsAt(errors, ['input', 'description'])}>
            {(control) => <input {...control} value={form.description} onChange={(event) => setForm({ ...form, description: event.target.value })} />}
          </Field>
          <Field id="input.topics" label={w('topics')} hint={w('topicsHint')} required errors={errorsAt(errors, ['input', 'topics'])}>
            {(control) => <textarea {...control} rows={3} value={form.topics} onChange={(event) => setForm({ ...form, topics: event.target.value })} />}
          </Field>
          <button type="submit" className="button" disabled={working}>{w('create')}</button>
        </form>
      </section>

      <section aria-labelledby="webhooks-deliveries" className="file-section">
        <h2 id="webhooks-deliveries">{w('deliveries')}</h2>
        <div className="field">
          <label htmlFor="deliveries-subscription">{w('subscription')}</label>
          <select id="deliveries-subscription" value={subscriptionId} onChange={(event) => setSubscriptionId(event.target.value)}>
            <option value="">{w('all')}</option>
            {data?.webhookSubscriptions.map((subscription) => <option key={subscription.id} value={subscription.id}>{subscription.url}</option>)}
          </select>
        </div>
        {/* Deliveries are made in the background, after the screen was read: the log is read again on demand. */}
        <button type="button" className="button button--secondary" onClick={() => void refetch()}>{w('refresh')}</button>
        {loading && !data ? <p role="status">{t('app.loading')}</p> : null}
        {data && !data.webhookDeliveries.nodes.length ? <p>{w('noDeliveries')}</p> : null}
        {data?.webhookDeliveries.nodes.length ? (
          <div className="table-scroll">
            <table data-table="deliveries">
              <thead><tr><th scope="col">{w('topic')}</th><th scope="col">{w('state')}</th><th scope="col">{w('attempts')}</th><th scope="col">{w('createdAt')}</th><th scope="col">{w('lastAttempt')}</th><th scope="col">{w('actions')}</th></tr></thead>
              <tbody>
                {data.webhookDeliveries.nodes.map((delivery) => (
                  <tr key={delivery.id}>
                    <td>
                      {delivery.topic}
                      {/* A redelivery is a row of its own that sends the same message (same webhook-id) again. */}
                      {delivery.redeliveryOf ? <><br />{w('redeliveryMark', { id: delivery.messageId })}</> : null}
                    </td>
                    <td>{delivery.statusLabel}</td>
                    <td>{delivery.attempts}</td>
                    <td>{formatDateTime(delivery.createdAt)}</td>
                    <td>{delivery.lastAttemptAt ? `${formatDateTime(delivery.lastAttemptAt)}${delivery.lastResponseCode ? ` · HTTP ${delivery.lastResponseCode}` : ''}${delivery.lastError ? ` · ${delivery.lastError}` : ''}` : '—'}</td>
                    <td>
                      {delivery.status === 'DELIVERED' || delivery.status === 'FAILED' ? (
                        <button type="button" className="button button--secondary" disabled={working} aria-label={w('redeliverOf', { topic: delivery.topic, at: formatDateTime(delivery.createdAt) })}
                          onClick={() => void act(w('redelivered'), async () => (await redeliver({ variables: { input: { deliveryId: delivery.id } } })).data?.redeliverWebhook)}>
                          {w('redeliver')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </Page>
  );
}
