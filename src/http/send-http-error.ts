import type { Response } from 'express';
import { HTTP_STATUS_OF_CODE, type ErrorCode } from '../errors/error-codes';

/**
 * An error a plain HTTP route answers with: the code's status and the same JSON shape as a
 * GraphQL error response, so a client parses every error of this server one way.
 */
export class HttpError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra fields for `extensions`, e.g. `argumentName` for the parameter that was wrong. */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Writes `{ errors: [{ message, extensions: { code, ... } }] }` with the code's HTTP status. */
export function sendHttpError(response: Response, error: HttpError): void {
  response
    .status(HTTP_STATUS_OF_CODE[error.code])
    .json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.extensions } }] });
}
