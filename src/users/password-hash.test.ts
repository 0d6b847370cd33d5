import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashPassword, spendOneHash, verifyPassword } from './password-hash.ts';

describe('password hashes (scrypt)', () => {
  it('are written scrypt$N$r$p$salt$hash with a fresh salt each time', async () => {
    const [a, b] = await Promise.all([
      hashPassword('correct horse battery'),
      hashPassword('correct horse battery'),
    ]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });

  it('verify the password they were made from, and no other', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        async (password, other) => {
          fc.pre(password.normalize('NFC') !== other.normalize('NFC'));
          const hash = await hashPassword(password);
          expect(await verifyPassword(hash, password)).toBe(true);
          expect(await verifyPassword(hash, other)).toBe(false);
        },
      ),
      { numRuns: 6 },
    );
  });

  it('refuse a malformed stored hash rather than throw', async () => {
    for (const stored of [
      '',
      'scrypt$',
      'bcrypt$1$2$3$abc$def',
      'scrypt$x$8$1$abc$def',
      'scrypt$16384$8$1$abc$',
    ])
      expect(await verifyPassword(stored, 'whatever')).toBe(false);
  });

  it('spend one hash for an unknown user without an answer', async () => {
    await expect(spendOneHash('anything at all')).resolves.toBeUndefined();
  });
});
