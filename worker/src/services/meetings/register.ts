/**
 * A meeting's `POST …/decisions` writes its decision into the register through the register's own statements
 * (db/register.ts `insertStatements`), so the number and the staff ids are folded the one way the register's
 * import and reads fold them; here only the error that says the (number, date) is taken.
 */

/** Whether a D1 error is the register's unique (number, date) colliding. */
export const isDuplicateDecision = (error: unknown) =>
  /UNIQUE constraint failed: register_decisions/i.test(
    String((error as { message?: unknown })?.message ?? error),
  );
