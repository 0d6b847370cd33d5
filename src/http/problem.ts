import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { VezelError, InvalidInputError, asInvalidInput } from '../shared/errors/index.ts';
import type { ErrorCode, FieldProblem } from '../shared/errors/index.ts';
import { describeValidationErrors } from './validation-messages.ts';

/** RFC 9457 problem details: the one shape every error of the API has. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly errors?: readonly FieldProblem[];
}

const statusOf: Record<ErrorCode, number> = {
  'invalid-input': 400,
  'not-found': 404,
  conflict: 409,
  'not-allowed': 403,
};

const titleOf: Record<ErrorCode | 'internal', string> = {
  'invalid-input': 'Invalid input',
  'not-found': 'Not found',
  conflict: 'Conflict',
  'not-allowed': 'Not allowed',
  internal: 'Internal error',
};

export function problemOf(
  code: ErrorCode | 'internal',
  status: number,
  detail: string,
  errors?: readonly FieldProblem[],
): Problem {
  return {
    type: `urn:vezel:problem:${code}`,
    title: titleOf[code],
    status,
    detail,
    ...(errors ? { errors } : {}),
  };
}

/** The one place errors become HTTP answers. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const problem =
    error instanceof Error
      ? toProblem(error)
      : problemOf('internal', 500, 'Something went wrong on our side; it has been logged.');
  if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

function toProblem(error: FastifyError | Error): Problem {
  if ('validation' in error && error.validation) {
    const invalid = new InvalidInputError(
      describeValidationErrors(error.validation, error.validationContext),
    );
    return problemOf('invalid-input', 400, invalid.message, invalid.problems);
  }
  const invalid = asInvalidInput(error);
  if (invalid) return problemOf(invalid.code, 400, invalid.message, invalid.problems);
  if (error instanceof VezelError) return problemOf(error.code, statusOf[error.code], error.message);
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status < 500) return problemOf('invalid-input', status, error.message);
  return problemOf('internal', 500, 'Something went wrong on our side; it has been logged.');
}
