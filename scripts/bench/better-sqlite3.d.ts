/** The slice of better-sqlite3 the benchmarks use (the package ships no types; @types is not installed). */
declare module 'better-sqlite3' {
  namespace Database {
    interface RunResult {
      changes: number;
      lastInsertRowid: number | bigint;
    }
    interface Statement {
      readonly reader: boolean;
      get(...params: unknown[]): unknown;
      all(...params: unknown[]): unknown[];
      run(...params: unknown[]): RunResult;
      raw(on?: boolean): Statement;
    }
    interface Database {
      prepare(sql: string): Statement;
      transaction<F extends (...args: never[]) => unknown>(fn: F): F;
      pragma(source: string): unknown;
      exec(sql: string): this;
      close(): void;
    }
  }
  const Database: new (file: string, options?: { readonly?: boolean }) => Database.Database;
  export default Database;
}
