import type { FastifySchemaValidationError, SchemaErrorDataVar } from 'fastify/types/schema.js';
import type { FieldProblem } from '../shared/errors/index.ts';

const formatHints: Record<string, string> = {
  date: 'a date (YYYY-MM-DD)',
  'date-time': 'a date and time (ISO 8601 with offset)',
  email: 'an e-mail address',
  uri: 'a URL',
  uuid: 'a UUID',
};

/** Turns schema validation errors into one problem per field, in words a person can act on. */
export function describeValidationErrors(
  errors: readonly FastifySchemaValidationError[],
  context: SchemaErrorDataVar | undefined,
): FieldProblem[] {
  return errors.map((error) => ({ field: fieldOf(error, context), problem: problemOf(error) }));
}

function fieldOf(error: FastifySchemaValidationError, context: SchemaErrorDataVar | undefined): string {
  const path = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const params = error.params as Record<string, unknown>;
  const leaf = (params.missingProperty ?? params.additionalProperty) as string | undefined;
  const field = [path, leaf].filter(Boolean).join('.');
  return field || context || 'request';
}

function problemOf(error: FastifySchemaValidationError): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known field';
    case 'format':
      return `must be ${formatHints[String(params.format)] ?? `in ${String(params.format)} format`}`;
    case 'type':
      return `must be ${article(String(params.type))}`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(params.comparison)} ${String(params.limit)}`;
    default:
      return error.message ?? 'is invalid';
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
