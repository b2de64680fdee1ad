import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CryptoError } from './crypto-error.js';
import { generateKeyring, keyringFromEnv, loadKeyring, loadOrCreateKeyring } from './keys.js';
import { generateSm2KeyPair, sm2Sign, sm2Verify } from './sm2.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'yiwang-keys-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('loadOrCreateKeyring', () => {
  it('creates a private keyring file once and reads it back afterwards', async () => {
    const dir = join(root, 'nested', 'keys');
    const created = await loadOrCreateKeyring(dir);
    const file = join(dir, 'keyring.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(created);
    expect(await loadOrCreateKeyring(dir)).toEqual(created);
    expect(sm2Verify('m', sm2Sign('m', created.sm2PrivateKey), created.sm2PublicKey)).toBe(true);
  });

  it('names the bad field of a malformed file', async () => {
    const good = generateKeyring();
    await writeFile(join(root, 'keyring.json'), JSON.stringify({ ...good, sm4Key: 'abc' }));
    await expect(loadOrCreateKeyring(root)).rejects.toThrow(/"sm4Key" is malformed/);
    await writeFile(join(root, 'keyring.json'), '{not json');
    await expect(loadOrCreateKeyring(root)).rejects.toThrow(CryptoError);
    const other = generateSm2KeyPair().publicKey;
    await writeFile(join(root, 'keyring.json'), JSON.stringify({ ...good, sm2PublicKey: other }));
    await expect(loadOrCreateKeyring(root)).rejects.toThrow(/does not belong/);
  });
});

describe('keyringFromEnv and loadKeyring', () => {
  it('reads set variables, ignores empty ones, derives the public key', () => {
    const k = generateKeyring();
    const env = { YIWANG_SM4_KEY: k.sm4Key.toUpperCase(), YIWANG_SM2_PRIVATE_KEY: k.sm2PrivateKey, YIWANG_HMAC_KEY: '' };
    expect(keyringFromEnv(env)).toEqual({ sm4Key: k.sm4Key, sm2PrivateKey: k.sm2PrivateKey, sm2PublicKey: k.sm2PublicKey });
    expect(keyringFromEnv({})).toEqual({});
  });

  it('throws an error naming the malformed variable', () => {
    expect(() => keyringFromEnv({ YIWANG_SM4_KEY: 'xyz' })).toThrow(/YIWANG_SM4_KEY/);
    expect(() => keyringFromEnv({ YIWANG_SM2_PRIVATE_KEY: '00' })).toThrow(/YIWANG_SM2_PRIVATE_KEY/);
    expect(() => keyringFromEnv({ YIWANG_SM2_PUBLIC_KEY: '04ab' })).toThrow(/YIWANG_SM2_PUBLIC_KEY/);
  });

  it('lets the environment win over the file field by field', async () => {
    const file = await loadOrCreateKeyring(root);
    const envSm4 = 'ab'.repeat(16);
    const pair = generateSm2KeyPair();
    const merged = await loadKeyring(root, { YIWANG_SM4_KEY: envSm4, YIWANG_SM2_PRIVATE_KEY: pair.privateKey });
    expect(merged).toEqual({ ...file, sm4Key: envSm4, sm2PrivateKey: pair.privateKey, sm2PublicKey: pair.publicKey });
    await expect(loadKeyring(root, { YIWANG_SM2_PUBLIC_KEY: pair.publicKey })).rejects.toThrow(/YIWANG_SM2_PUBLIC_KEY/);
  });

  it('does not touch the file system when the environment has every key', async () => {
    const k = generateKeyring();
    const env = {
      YIWANG_SM4_KEY: k.sm4Key,
      YIWANG_SM2_PRIVATE_KEY: k.sm2PrivateKey,
      YIWANG_SM2_PUBLIC_KEY: k.sm2PublicKey,
      YIWANG_HMAC_KEY: k.hmacKey,
    };
    const dir = join(root, 'absent');
    expect(await loadKeyring(dir, env)).toEqual(k);
    await expect(stat(dir)).rejects.toThrow();
  });
});
