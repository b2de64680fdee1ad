import { hash, verify } from '@node-rs/argon2';
import { AppError } from '@yiwang/platform';

/** At least 10 characters with letters and digits: the floor the 等保 2.0 guidance asks for. */
export function checkPasswordStrength(pw: string): void {
  if (pw.length < 10 || pw.length > 256 || !/[A-Za-z]/.test(pw) || !/[0-9]/.test(pw)) throw new AppError('WEAK_PASSWORD');
}

export const hashPassword = (pw: string): Promise<string> => hash(pw);

// Verified against when the username is unknown, so a miss costs the same time as a wrong password.
let dummy: Promise<string> | null = null;
export async function verifyPassword(stored: string | null | undefined, pw: string): Promise<boolean> {
  if (!stored) {
    dummy ??= hash('not-a-real-password-0');
    await verify(await dummy, pw).catch(() => false);
    return false;
  }
  return verify(stored, pw).catch(() => false);
}
