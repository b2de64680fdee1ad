/** Why a crypto operation failed; callers map these to a 500 or to "data unreadable", never to user text. */
export type CryptoErrorCode = 'INVALID_KEY' | 'MALFORMED_TOKEN' | 'UNSUPPORTED_VERSION' | 'TAMPERED';

export class CryptoError extends Error {
  override readonly name = 'CryptoError';

  constructor(
    readonly code: CryptoErrorCode,
    message: string,
  ) {
    super(message);
  }
}
