import { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '../clock';
import { RequestIdentity } from '../identity/request-identity';
import { Config } from '../config';
import { DownloadUrls } from '../files/download-urls';
import { Locale } from '../i18n/locale';
import { Logger } from '../logger';
import { RegistryKeys } from '../registry/registry-keys';
import { Loaders } from './loaders';

/** Everything a request's resolvers and services need; services take it first. */
export interface RequestContext {
  /** A fork of the entity manager for this request only. */
  em: EntityManager;
  /** From Accept-Language, else Catalan; a root field's `locale` argument overrides it. */
  locale: Locale;
  clock: Clock;
  config: Config;
  logger: Logger;
  loaders: Loaders;
  textSearchConfig: 'catalan' | 'simple';
  /** The verified caller (or anonymous) and what it may see; `em` is already scoped to it. */
  identity: RequestIdentity;
  /** Trust anchors for applicants' signatures and the providers' seal keys. */
  registryKeys: RegistryKeys;
  /** Signs short-lived download links for objects this caller may read. */
  downloadUrls: DownloadUrls;
}
