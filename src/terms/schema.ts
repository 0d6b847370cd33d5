import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { TermsProfile } from './rules/terms-profile-schema.ts';

/**
 * Profiles an operator added (the shipped ones live in code). `supersedes` links a new version of a
 * seller's terms to the one it replaces (vn:1.1.4), so the lineage of a contract's terms is known.
 */
export const termsProfiles = pgTable('terms_profiles', {
  id: text('id').primaryKey(),
  document: jsonb('document').$type<TermsProfile>().notNull(),
  supersedes: text('supersedes'),
  addedAt: timestamp('added_at', { withTimezone: true, mode: 'string' }).notNull(),
  addedBy: text('added_by').notNull(),
});
