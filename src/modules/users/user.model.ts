import type { UserRole } from '@app/common';

/** A user as the HTTP layer and other modules see it: plain data, never the entity or its hash. */
export interface User {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  /** Set for engineers only: the engineer record the login acts for. */
  engineerId: string | null;
  active: boolean;
  /** Only tokens issued under this version are accepted. */
  tokenVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: UserRole;
  engineerId?: string | null;
}

export interface UserChanges {
  name?: string;
  role?: UserRole;
  engineerId?: string | null;
  active?: boolean;
}

export interface UserFilter {
  role?: UserRole;
  active?: boolean;
}
