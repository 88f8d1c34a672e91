import { Injectable, OnModuleInit } from '@nestjs/common';
import { argon2id, hash, verify } from 'argon2';
import { randomBytes } from 'node:crypto';

/**
 * argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane): memory-hard against
 * GPU guessing, yet cheap enough for a 2-core server. Hashing runs on libuv's thread pool,
 * so logins do not block the event loop.
 */
const OPTIONS = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher implements OnModuleInit {
  /** Verified against when there is no user, so an unknown e-mail takes as long as a wrong password. */
  private decoyHash!: string;

  async onModuleInit(): Promise<void> {
    this.decoyHash = await this.hash(randomBytes(32).toString('base64url'));
  }

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  /** False for a missing hash, after the same work as a real check. */
  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    const matches = await verify(passwordHash ?? this.decoyHash, password);
    return passwordHash !== null && matches;
  }
}
