/** Every call across a process boundary resolves to a Result; nothing throws across it. */
export const errorCodes = [
  'invalid_input',
  'unknown_channel',
  'not_found',
  'conflict',
  /** The vault is held by a long job (an import, a restore): retry when it has finished. Nothing was changed. */
  'busy',
  /** The user stopped a long job before it finished. */
  'cancelled',
  'locked',
  'vault_exists',
  'vault_missing',
  'wrong_passphrase',
  'unsupported',
  'newer_version',
  'unauthorized',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface AppError {
  code: ErrorCode;
  message: string;
  /** Dotted path of the offending field, for `invalid_input`. */
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const err = (code: ErrorCode, message: string, field?: string): Result<never> => ({
  ok: false,
  error: field === undefined ? { code, message } : { code, message, field },
});

/** Thrown inside the core; the dispatcher turns it into a coded Result. */
export class CodedError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'CodedError';
    this.code = code;
    this.field = field;
  }
}
