/** Stored shapes of the identity area. */
import type { Capability, Grant, Role } from '../../shared/grants';
import type { Tier } from '../../shared/org';
import type { AuditedFields } from '../_platform/audit';

export type UserDoc = AuditedFields & {
  /** The openid. */
  id: string;
  version: number;
  displayName: string;
  createdAt: string;
};

export type GrantDoc = Grant &
  AuditedFields & {
    version: number;
    userId: string;
    holderName: string;
    status: 'active' | 'revoked';
    revokedAt?: string;
  };

export type InvitationDoc = AuditedFields & {
  /** The hash of the code; the code itself is never stored. */
  id: string;
  version: number;
  role: Role;
  orgId: string;
  orgPathKey: string;
  orgName: string;
  tier: Tier;
  capabilities: Capability[];
  department?: string;
  modelWorkerId?: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  status: 'open' | 'used' | 'expired' | 'revoked';
  usedAt?: string;
};

/** meta/setup: the one-time code that creates the first district cadre. */
export type SetupDoc = AuditedFields & {
  id: 'setup';
  version: number;
  codeHash: string;
  districtOrgId: string;
  status: 'open' | 'used';
};
