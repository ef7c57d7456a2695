/* global CustomFunctions */

export type ErrorCode = "NotAvailable" | "InvalidValue" | "InvalidNumber";

/** The shape of CustomFunctions.Error, for hosts (tests, the formula engine) where Office is absent. */
export class PolicyFunctionError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A real Excel error (#N/A, #VALUE!, #NUM!) with a message. Typed unknown: CustomFunctions.Error is not an
 * Error subclass in the typings.
 */
export function excelError(code: ErrorCode, message: string): unknown {
  const cf = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (cf && typeof cf.Error === "function") {
    return new cf.Error(
      cf.ErrorCode[
        code === "NotAvailable" ? "notAvailable" : code === "InvalidValue" ? "invalidValue" : "invalidNumber"
      ],
      message,
    );
  }
  return new PolicyFunctionError(code, message);
}
