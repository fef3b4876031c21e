import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

/** An error the API answers with its own status, code and sentence. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'resource') => new AppError(404, 'not_found', `This ${what} does not exist.`);
export const conflict = (code: string, message: string, details?: unknown) => new AppError(409, code, message, details);
export const badRequest = (code: string, message: string, details?: unknown) =>
  new AppError(400, code, message, details);

export interface FieldError {
  field: string;
  /** Stable code the web app translates: `required`, `invalid_email`, `too_short`, `too_long`, `invalid`. */
  code: string;
  message: string;
}

function fieldCode(keyword: string, params: Record<string, unknown>): string {
  if (keyword === 'too_small') return params.origin === 'string' && params.minimum === 1 ? 'required' : 'too_short';
  if (keyword === 'too_big') return 'too_long';
  if (keyword === 'invalid_format') return params.format === 'email' ? 'invalid_email' : 'invalid_format';
  if (keyword === 'invalid_type' && params.input === undefined) return 'required';
  return 'invalid';
}

function body(code: string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** PostgreSQL class 22 (data exception: bad date, number out of range…) means bad input, not a server fault. */
function isDataException(err: unknown): boolean {
  for (let e: any = err; e; e = e.cause) if (typeof e.code === 'string' && /^22[0-9A-Z]{3}$/.test(e.code)) return true;
  return false;
}

/** Maps every error to `{ error: { code, message, details? } }`; never a stack trace, never a 500 for bad input. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.statusCode).send(body(err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details: FieldError[] = err.validation.map((v) => ({
        field: [err.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
        code: fieldCode(v.keyword, v.params as Record<string, unknown>),
        message: v.message ?? 'invalid',
      }));
      return reply.status(400).send(body('validation_failed', 'Some fields are invalid.', details));
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err: err.cause, url: request.url }, 'response does not match its schema');
      return reply.status(500).send(body('internal_error', 'Something went wrong on our side.'));
    }
    if (isDataException(err)) {
      return reply.status(400).send(body('invalid_input', 'A value is not valid for its field.'));
    }
    const status = err.statusCode ?? 500;
    if (status === 429) {
      return reply.status(429).send(body('too_many_requests', 'Too many requests; try again in a minute.'));
    }
    if (status === 413 || err.code === 'FST_REQ_FILE_TOO_LARGE' || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send(body('payload_too_large', 'The request or file is too large.'));
    }
    if (status === 415 || err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send(body('unsupported_media_type', 'This content type is not accepted here.'));
    }
    if (status >= 400 && status < 500) {
      const code = status === 404 ? 'not_found' : status === 401 ? 'unauthenticated' : 'bad_request';
      return reply.status(status).send(body(code, err.message || 'Bad request.'));
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send(body('internal_error', 'Something went wrong on our side.'));
  });
}
