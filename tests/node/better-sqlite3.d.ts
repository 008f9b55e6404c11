/** The slice of better-sqlite3 the Node tests use (the package ships no types; @types is not installed). */
declare module 'better-sqlite3' {
  namespace Database {
    interface Statement {
      get(...params: unknown[]): unknown;
      all(...params: unknown[]): unknown[];
      run(...params: unknown[]): { changes: number };
      pluck(on?: boolean): Statement;
    }
    interface Database {
      prepare(sql: string): Statement;
      pragma(source: string): unknown;
      exec(sql: string): this;
      close(): void;
    }
  }
  const Database: new (file: string, options?: { readonly?: boolean }) => Database.Database;
  export default Database;
}
