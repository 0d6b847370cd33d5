/** A `datetime-local` value (the browser's zone, Europe/Amsterdam at the operator) as an ISO instant. */
export function instantOf(local: string): string {
  return local ? new Date(local).toISOString() : '';
}
