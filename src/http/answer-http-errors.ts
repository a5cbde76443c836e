import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { ErrorCode } from '../errors/error-codes';
import { DatabaseUnavailableError } from '../graph/database-unavailable-error';
import { HttpError, sendHttpError } from './send-http-error';

/** The answer for a path no route serves. */
export function answerNotFound(request: Request, response: Response): void {
  sendHttpError(response, new HttpError(ErrorCode.NotFound, `No endpoint at ${request.method} ${request.path}`));
}

/**
 * Express's error handler, in our JSON shape: Express itself would answer its own errors (bad
 * JSON, oversized bodies) with HTML. A database outage is 503 wherever it surfaces; anything
 * unexpected is logged in full and answered without detail.
 */
export function answerHttpErrors(logger: Logger, bodyLimitBytes: number) {
  // Express recognizes an error handler by its four parameters, so `_next` must stay.
  // eslint-disable-next-line max-params
  return (error: unknown, _request: Request, response: Response, _next: NextFunction): void => {
    sendHttpError(response, toHttpError(error, bodyLimitBytes, logger));
  };
}

function toHttpError(error: unknown, bodyLimitBytes: number, logger: Logger): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof DatabaseUnavailableError) {
    logger.warn({ err: error.cause }, 'HTTP request failed: Neo4j unavailable');
    return new HttpError(ErrorCode.ServiceUnavailable, error.message);
  }
  const { status, type } = error as { status?: unknown; type?: unknown };
  if (type === 'entity.parse.failed') return new HttpError(ErrorCode.BadRequest, 'The request body is not valid JSON');
  if (type === 'entity.too.large')
    return new HttpError(ErrorCode.PayloadTooLarge, `The request body is larger than ${bodyLimitBytes} bytes`);
  if (typeof status === 'number' && status >= 400 && status < 500)
    return new HttpError(ErrorCode.BadRequest, 'Bad request');
  logger.error({ err: error }, 'HTTP request failed');
  return new HttpError(ErrorCode.InternalServerError, 'Internal server error');
}
