/*
 * Who may sign in (issue 8). Operator staff: admin, billing, noc, sales — each optionally limited to
 * one seller. A third-party provider's staff act as their provider; a customer's contacts as their
 * customer. What each role may call is the permission matrix (src/http/auth/permissions.ts).
 */
export const ROLES = ['admin', 'billing', 'noc', 'sales', 'provider', 'customer'] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES: readonly Role[] = ['admin', 'billing', 'noc', 'sales'];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
