/** True when a database error (or the driver error it wraps) is a unique violation, optionally of one constraint. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  for (let e: any = err; e; e = e.cause) {
    if (e.code === '23505') return constraint === undefined || e.constraint === constraint || String(e.message).includes(constraint);
  }
  return false;
}
