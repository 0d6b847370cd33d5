export type { ErrorCode, FieldProblem } from './errors.ts';
export {
  VezelError,
  InvalidInputError,
  NotFoundError,
  ConflictError,
  NotAllowedError,
  asInvalidInput,
} from './errors.ts';
export { quote } from './quote.ts';
export { FieldChecks, isBlank, asRecord } from './field-checks.ts';
