/** Why a form cannot be built: a stable code for the hub, a Vietnamese message for screens. */
export type FormErrorCode = 'UNKNOWN_FORM' | 'NO_TEMPLATE' | 'INVALID_DATA';

export class FormError extends Error {
  override readonly name = 'FormError';
  constructor(
    readonly code: FormErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isFormError(error: unknown): error is FormError {
  return error instanceof FormError;
}
