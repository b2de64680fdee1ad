import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CryptoError } from './crypto-error.js';
import { generateSm2KeyPair, isValidSm2PrivateKey, isValidSm2PublicKey, sm2PublicKeyOf } from './sm2.js';

/**
 * The node's keys. A development node creates its own `keyring.json`; production injects keys
 * through environment variables (from a secret store), which win over the file field by field.
 */

export interface Keyring {
  /** SM4 key for field encryption, 32 hex chars. */
  sm4Key: string;
  /** SM2 signing key, 64 hex chars. */
  sm2PrivateKey: string;
  /** Matching SM2 public key, 130 hex chars (uncompressed). */
  sm2PublicKey: string;
  /** HMAC-SM3 key (MACs, tokens), 64 hex chars. */
  hmacKey: string;
}

type Field = keyof Keyring;
type Env = Readonly<Record<string, string | undefined>>;

export const KEYRING_FILE = 'keyring.json';

export const KEYRING_ENV: Readonly<Record<Field, string>> = {
  sm4Key: 'YIWANG_SM4_KEY',
  sm2PrivateKey: 'YIWANG_SM2_PRIVATE_KEY',
  sm2PublicKey: 'YIWANG_SM2_PUBLIC_KEY',
  hmacKey: 'YIWANG_HMAC_KEY',
};

const CHECKS: Readonly<Record<Field, { test: (v: string) => boolean; expect: string }>> = {
  sm4Key: { test: (v) => /^[0-9a-fA-F]{32}$/.test(v), expect: '32 hex characters (128-bit SM4 key)' },
  sm2PrivateKey: { test: isValidSm2PrivateKey, expect: '64 hex characters, a valid SM2 private key' },
  sm2PublicKey: { test: isValidSm2PublicKey, expect: '130 hex characters starting 04, a point on the SM2 curve' },
  hmacKey: { test: (v) => /^[0-9a-fA-F]{64}$/.test(v), expect: '64 hex characters (256-bit key)' },
};
const FIELDS = Object.keys(CHECKS) as Field[];

function checkField(field: Field, value: unknown, source: string): string {
  const check = CHECKS[field];
  if (typeof value !== 'string' || !check.test(value)) {
    throw new CryptoError('INVALID_KEY', `${source} is malformed: expected ${check.expect}`);
  }
  return value.toLowerCase();
}

function checkPair(keyring: Keyring, source: string): Keyring {
  if (sm2PublicKeyOf(keyring.sm2PrivateKey).toLowerCase() !== keyring.sm2PublicKey) {
    throw new CryptoError('INVALID_KEY', `${source}: the SM2 public key does not belong to the private key`);
  }
  return keyring;
}

export function generateKeyring(): Keyring {
  const { privateKey, publicKey } = generateSm2KeyPair();
  return {
    sm4Key: randomBytes(16).toString('hex'),
    sm2PrivateKey: privateKey,
    sm2PublicKey: publicKey,
    hmacKey: randomBytes(32).toString('hex'),
  };
}

/**
 * Keys set in the environment, validated; unset or empty variables are left out. A private key
 * without a public key gets the matching public key derived.
 */
export function keyringFromEnv(env: Env): Partial<Keyring> {
  const out: Partial<Keyring> = {};
  for (const field of FIELDS) {
    const name = KEYRING_ENV[field];
    const value = env[name]?.trim();
    if (value) out[field] = checkField(field, value, name);
  }
  if (out.sm2PrivateKey && !out.sm2PublicKey) out.sm2PublicKey = sm2PublicKeyOf(out.sm2PrivateKey).toLowerCase();
  return out;
}

/** Reads `<dir>/keyring.json`, creating the directory (0700) and a fresh file (0600) if missing. */
export async function loadOrCreateKeyring(dir: string): Promise<Keyring> {
  const file = join(dir, KEYRING_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const fresh = generateKeyring();
    try {
      // 'wx' fails if another process created the file meanwhile; then use that one.
      await writeFile(file, `${JSON.stringify(fresh, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
      return fresh;
    } catch (writeErr) {
      if ((writeErr as NodeJS.ErrnoException).code !== 'EEXIST') throw writeErr;
      text = await readFile(file, 'utf8');
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CryptoError('INVALID_KEY', `${file} is not valid JSON`);
  }
  const raw = (parsed ?? {}) as Record<string, unknown>;
  const keyring = Object.fromEntries(FIELDS.map((f) => [f, checkField(f, raw[f], `${file} field "${f}"`)])) as unknown as Keyring;
  return checkPair(keyring, file);
}

/**
 * The keyring to run with: environment variables win over the file field by field; the file is
 * not touched at all when the environment provides every key.
 */
export async function loadKeyring(dir: string, env: Env): Promise<Keyring> {
  const fromEnv = keyringFromEnv(env);
  const complete = FIELDS.every((f) => fromEnv[f] !== undefined);
  const base = complete ? (fromEnv as Keyring) : { ...(await loadOrCreateKeyring(dir)), ...fromEnv };
  const source =
    fromEnv.sm2PrivateKey || fromEnv.sm2PublicKey ? `${KEYRING_ENV.sm2PrivateKey} / ${KEYRING_ENV.sm2PublicKey}` : join(dir, KEYRING_FILE);
  return checkPair(base, source);
}
