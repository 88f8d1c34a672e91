/** An API key as the HTTP layer sees it: never the secret or its digest. */
export interface ApiKey {
  id: string;
  name: string;
  /** The first characters of the key, so an admin can tell keys apart. */
  prefix: string;
  createdBy: string;
  revokedAt: Date | null;
  createdAt: Date;
}
