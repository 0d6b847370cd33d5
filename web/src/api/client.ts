/*
 * The one way the browser app talks to Vezel: the public API, same origin, the session cookie sent by
 * the browser and the CSRF token of the session on every write (the API refuses a cookie-authenticated
 * write without it). Errors arrive as problem+json and become an ApiError naming each field.
 */

export interface FieldProblem {
  readonly field: string;
  readonly problem: string;
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly errors?: readonly FieldProblem[];
}

export class ApiError extends Error {
  /** `retryAfterSeconds`: the answer's Retry-After (a 429 says how long to wait). */
  constructor(
    readonly problem: Problem,
    readonly retryAfterSeconds?: number,
  ) {
    super(problem.detail || problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
}

let csrfToken: string | undefined;

/** Set by the session after sign-in (and cleared on sign-out). */
export function useCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function request<T>(method: string, path: string, body?: unknown, headers?: HeadersInit): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { accept: 'application/json' } };
  const sent = new Headers(init.headers);
  if (method !== 'GET' && method !== 'HEAD') {
    if (csrfToken) sent.set('x-csrf-token', csrfToken);
    if (body instanceof Blob || typeof body === 'string') {
      init.body = body;
    } else {
      sent.set('content-type', 'application/json');
      init.body = JSON.stringify(body ?? {});
    }
  }
  for (const [key, value] of new Headers(headers)) sent.set(key, value);
  init.headers = sent;
  const response = await fetch(path, init);
  if (!response.ok) throw new ApiError(await problemOf(response), retryAfterOf(response));
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

function retryAfterOf(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after') ?? NaN);
  return Number.isInteger(seconds) && seconds >= 0 ? seconds : undefined;
}

async function problemOf(response: Response): Promise<Problem> {
  try {
    const problem = (await response.json()) as Problem;
    if (problem && typeof problem.title === 'string') return problem;
  } catch {
    // not JSON: fall through to a problem made from the status
  }
  return { type: 'about:blank', title: response.statusText, status: response.status, detail: '' };
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown, headers?: HeadersInit) => request<T>('POST', path, body, headers),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
