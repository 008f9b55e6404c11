export function startOptions(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): { ok: true; https: boolean; port: number } | { ok: false; error: string };
export function originsOf(o: { https: boolean; port: number }): { local: string; shown: string };
export function protocolArgs(cert: { key: string; cert: string } | null): string[];
