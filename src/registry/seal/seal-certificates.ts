import type { SealCertificate } from './seal-certificate';

/** Each provider's PAdES seal (key and certificate chain), read once at start-up. */
export class SealCertificates {
  /** `source` says where they came from, for error messages ("seal certificate file /etc/…"). */
  constructor(
    private readonly byProvider: ReadonlyMap<string, SealCertificate>,
    readonly source: string,
  ) {}

  providers(): string[] {
    return [...this.byProvider.keys()];
  }

  /** The provider's seal; a provider without one cannot seal documents, which is a configuration fault. */
  require(providerSlug: string): SealCertificate {
    const seal = this.byProvider.get(providerSlug);
    if (!seal) throw new Error(`No seal certificate for provider "${providerSlug}" in ${this.source}; its documents cannot be sealed`);
    return seal;
  }
}
