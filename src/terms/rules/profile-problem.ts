/** One thing wrong with a terms profile: where (a dotted path, `sla.repairTimes[2].maximumHours`) and what. */
export interface ProfileProblem {
  path: string;
  problem: string;
}

/** The path of a problem with the document as a whole. */
export const documentPath = '(profile)';

export function childPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

export function itemPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

export function problemAt(path: string, problem: string): ProfileProblem {
  return { path: path === '' ? documentPath : path, problem };
}

/** A value as a person would quote it in a message, kept short. */
export function quote(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
