// API errors: one class with an HTTP status and a stable code, and the mapping from Standpoint errors to statuses.
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { HttpError, InputError, StandpointError, errorMessage } from '../core/index.js';

/** Codes the API answers with, in addition to Standpoint's own error codes. */
export type ApiErrorCode =
  | 'BAD_REQUEST'
  | 'BAD_JSON'
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NO_STORE'
  | 'INTERNAL';

/** An error the API reports as `{error: {code, message}}` with `status`. */
export class ApiError extends HttpError {
  readonly apiCode: string;
  constructor(status: number, apiCode: ApiErrorCode | string, message: string, options?: { cause?: unknown }) {
    super(status, message, 'HTTP_ERROR', options);
    this.name = 'ApiError';
    this.apiCode = apiCode;
  }
}

/** The JSON body of every error response. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

const STATUS_BY_CODE: Partial<Record<string, number>> = {
  INPUT_NOT_FOUND: 400,
  INPUT_UNREADABLE: 400,
  INPUT_BINARY: 415,
  INPUT_ENCODING: 415,
  INPUT_EMPTY: 422,
  INPUT_TOO_LARGE: 413,
  INPUT_NO_ARTICLE: 422,
  INPUT_MALFORMED: 400,
  INPUT_UNSUPPORTED: 415,
  FETCH_FAILED: 502,
  FETCH_TIMEOUT: 504,
  FETCH_FORBIDDEN: 403,
  USAGE: 400,
};

/** The HTTP status for a Standpoint error code (500 for codes that are not the client's fault). */
export function statusForCode(code: string): number {
  return STATUS_BY_CODE[code] ?? 500;
}

/** Describe a zod failure in one line: `field: reason; other: reason`. */
export function describeZodError(err: z.ZodError): string {
  return err.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : 'body'}: ${i.message}`)
    .join('; ');
}

/** Turn anything thrown into a status and an error body. Unexpected errors are 500 with a generic message. */
export function toErrorResponse(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof ApiError) return { status: err.status, body: { error: { code: err.apiCode, message: err.message } } };
  if (err instanceof z.ZodError) {
    return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: describeZodError(err) } } };
  }
  if (err instanceof HTTPException) {
    const code = err.status === 403 ? 'FORBIDDEN' : err.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'HTTP_ERROR';
    return { status: err.status, body: { error: { code, message: err.message || `HTTP ${err.status}` } } };
  }
  if (err instanceof HttpError) return { status: err.status, body: { error: { code: err.code, message: err.message } } };
  if (err instanceof InputError || err instanceof StandpointError) {
    const status = STATUS_BY_CODE[err.code] ?? 500;
    const message = status === 500 ? `internal error (${err.code})` : err.message;
    return { status, body: { error: { code: err.code, message } } };
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'internal error' } } };
}

/** For logs: the full message of an unexpected error. */
export function describeUnexpected(err: unknown): string {
  return err instanceof Error && err.stack ? err.stack : errorMessage(err);
}
