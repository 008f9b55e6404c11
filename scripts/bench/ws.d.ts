/** The few members of `ws` (8.x, present as a dependency of wrangler/miniflare) that profile.ts uses. */
declare module 'ws' {
  export default class WebSocket {
    static readonly OPEN: number;
    readonly readyState: number;
    constructor(url: string, options?: { maxPayload?: number });
    on(event: 'message', listener: (data: unknown) => void): this;
    on(event: 'close', listener: () => void): this;
    once(event: 'open', listener: () => void): this;
    once(event: 'error', listener: (e: Error) => void): this;
    once(event: 'close', listener: () => void): this;
    send(data: string): void;
    close(): void;
  }
}
