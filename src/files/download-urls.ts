import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Config } from '../config';
import { writeOnce } from '../write-once';

/** What a download route learns from a link's query string. */
export type DownloadSignatureCheck = 'absent' | 'valid' | 'invalid';

/**
 * Short-lived download links that work without a bearer header, so a front end can put them in
 * an `<a href>` or open them in a new tab. `?expires=<unix seconds>&signature=<HMAC-SHA256>`,
 * where the HMAC covers the path (which names the file or document version) and the expiry.
 * Links are only issued to someone who may read the object at that moment (GraphQL fields, the
 * upload's answer); holding a valid link is then enough, until it expires a few minutes later.
 */
export class DownloadUrls {
  constructor(
    private readonly secret: Buffer,
    private readonly ttlSeconds: number,
    private readonly publicBaseUrl: string,
  ) {}

  /** An absolute URL for `pathname` (e.g. `/files/<id>`) valid for the configured lifetime from `now`. */
  sign(pathname: string, now: Date): string {
    const expires = Math.floor(now.getTime() / 1000) + this.ttlSeconds;
    return `${this.publicBaseUrl}${pathname}?expires=${expires}&signature=${this.mac(pathname, String(expires)).toString('base64url')}`;
  }

  /**
   * Checks the query of a request for `pathname`. 'absent' when the request carries no signature
   * (the route falls back to the bearer token); 'invalid' for anything malformed, tampered or expired.
   */
  check(pathname: string, query: unknown, now: Date): DownloadSignatureCheck {
    const { expires, signature } = (query ?? {}) as Record<string, unknown>;
    if (expires === undefined && signature === undefined) return 'absent';
    if (typeof expires !== 'string' || typeof signature !== 'string') return 'invalid';
    if (!/^\d{1,12}$/.test(expires) || !/^[A-Za-z0-9_-]{43}$/.test(signature)) return 'invalid';
    const given = Buffer.from(signature, 'base64url');
    const expected = this.mac(pathname, expires);
    // Constant time: comparing byte by byte would tell an attacker how much of a guess was right.
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
    return Number(expires) * 1000 >= now.getTime() ? 'valid' : 'invalid';
  }

  private mac(pathname: string, expires: string): Buffer {
    // A separator that cannot occur in a path keeps (path, expiry) pairs from colliding.
    return createHmac('sha256', this.secret).update(`GET\n${pathname}\n${expires}`).digest();
  }
}

/**
 * The signer for this configuration: DOWNLOAD_URL_SECRET when set (required in production), else
 * a random secret created once under `<dataDir>/download-urls/`, so links survive restarts and are
 * shared by the instances on one data folder.
 */
export function createDownloadUrls(config: Config): DownloadUrls {
  const secret = config.downloadUrls.secret != null
    ? Buffer.from(config.downloadUrls.secret, 'utf8')
    : loadOrCreateDevelopmentSecret(config.dataDir);
  return new DownloadUrls(secret, config.downloadUrls.ttlSeconds, config.publicBaseUrl);
}

function loadOrCreateDevelopmentSecret(dataDir: string): Buffer {
  const folder = path.join(dataDir, 'download-urls');
  const file = path.join(folder, 'secret');
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (!fs.existsSync(file)) writeOnce(file, `${randomBytes(32).toString('base64url')}\n`, 0o600);
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`${file} does not hold a usable secret; delete it to create a new one`);
  return Buffer.from(secret, 'utf8');
}
