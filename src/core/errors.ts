// Error types shared by every stage: one base class with a code, and a few subclasses.

/** Stable error codes. Users and the API see these; add, do not rename. */
export type ErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_UNREADABLE'
  | 'INPUT_BINARY'
  | 'INPUT_ENCODING'
  | 'INPUT_EMPTY'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_NO_ARTICLE'
  | 'INPUT_MALFORMED'
  | 'INPUT_UNSUPPORTED'
  | 'FETCH_FAILED'
  | 'FETCH_TIMEOUT'
  | 'FETCH_FORBIDDEN'
  | 'PIPELINE_INVALID'
  | 'STAGE_FAILED'
  | 'DATA_INVALID'
  | 'STORE_FAILED'
  | 'HTTP_ERROR'
  | 'USAGE';

/** Base class: every error Standpoint throws on purpose has a code and may carry a cause. */
export class StandpointError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StandpointError';
    this.code = code;
  }
}

/** Bad input: names the input (path, URL, `stdin`, `line 12`) and the reason. */
export class InputError extends StandpointError {
  readonly input: string;
  readonly reason: string;
  constructor(code: ErrorCode, input: string, reason: string, options?: { cause?: unknown }) {
    super(code, `${input}: ${reason}`, options);
    this.name = 'InputError';
    this.input = input;
    this.reason = reason;
  }
}

/** A stage failed on a document, or a pipeline was built wrong. */
export class PipelineError extends StandpointError {
  readonly stage: string | null;
  readonly document: string | null;
  constructor(
    code: ErrorCode,
    message: string,
    where: { stage?: string; document?: string } = {},
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.name = 'PipelineError';
    this.stage = where.stage ?? null;
    this.document = where.document ?? null;
  }
}

/** A data file (gazetteer, lexicon, user dictionary) failed validation. */
export class DataError extends StandpointError {
  readonly file: string;
  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super('DATA_INVALID', `${file}: ${reason}`, options);
    this.name = 'DataError';
    this.file = file;
  }
}

/** An error with an HTTP status, for the API. */
export class HttpError extends StandpointError {
  readonly status: number;
  constructor(status: number, message: string, code: ErrorCode = 'HTTP_ERROR', options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'HttpError';
    this.status = status;
  }
}

/** Message of anything thrown, for reports. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
