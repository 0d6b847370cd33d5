export type { ErrorCode, FieldProblem } from './errors.ts';
export { VezelError, InvalidInputError, NotFoundError, ConflictError, NotAllowedError } from './errors.ts';
