import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes the next migration from the context schemas. Migrations are
// committed; the platform applies them with `vezel migrate` and on start, never drizzle-kit.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/**/schema.ts',
  out: './migrations',
});
