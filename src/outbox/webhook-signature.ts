import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** A new signing secret as Standard Webhooks writes them: `whsec_` and 24 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/**
 * The `webhook-signature` header: one `v1,<base64 HMAC-SHA256>` per secret, space-separated, as
 * the specification allows during a rotation (receivers accept any one that verifies). Signed with
 * the `standardwebhooks` package itself, the one receivers verify with.
 */
export function signWebhook(secrets: readonly string[], messageId: string, timestamp: Date, body: string): string {
  return secrets.map((secret) => new Webhook(secret).sign(messageId, timestamp, body)).join(' ');
}
