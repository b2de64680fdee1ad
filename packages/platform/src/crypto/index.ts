export { CryptoError, type CryptoErrorCode } from './crypto-error.js';
export { type BinaryInput, hmacSm3, hmacSm3Hex, sm3Hex } from './sm3.js';
export { type FieldCipher, createFieldCipher } from './sm4.js';
export {
  type Sm2KeyPair,
  type Sm2Message,
  generateSm2KeyPair,
  isValidSm2PrivateKey,
  isValidSm2PublicKey,
  sm2PublicKeyOf,
  sm2Sign,
  sm2Verify,
} from './sm2.js';
export { KEYRING_ENV, KEYRING_FILE, type Keyring, generateKeyring, keyringFromEnv, loadKeyring, loadOrCreateKeyring } from './keys.js';
