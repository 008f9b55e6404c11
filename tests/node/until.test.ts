/** until and exited: a wait ends as soon as its condition holds, and fails at its deadline naming it. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { exited, until } from './until';

describe('until', () => {
  it('returns the first value that holds, polling no more after it', async () => {
    let polls = 0;
    const got = await until(() => (++polls === 3 ? 'ready' : null), {
      timeoutMs: 5_000,
      everyMs: 1,
      what: 'x',
    });
    expect(got).toBe('ready');
    expect(polls).toBe(3);
  });

  it('rejects at the deadline, naming what it waited for', async () => {
    await expect(until(() => false, { timeoutMs: 30, everyMs: 5, what: 'the health check' })).rejects.toThrow(
      'timed out after 30 ms waiting for the health check',
    );
  });

  it('ends the wait when the check throws', async () => {
    const check = () => {
      throw new Error('process exited');
    };
    await expect(until(check, { timeoutMs: 5_000, what: 'x' })).rejects.toThrow('process exited');
  });
});

describe('exited', () => {
  it('resolves true on the exit event, and at once for a process already gone', async () => {
    const child = spawn(process.execPath, ['-e', 'process.stdin.resume()']);
    child.kill('SIGTERM');
    expect(await exited(child, 10_000)).toBe(true);
    expect(await exited(child, 0)).toBe(true);
  });

  it('resolves false at the deadline for a process still running', async () => {
    const child = spawn(process.execPath, ['-e', 'process.stdin.resume()']);
    try {
      expect(await exited(child, 50)).toBe(false);
    } finally {
      child.kill('SIGKILL');
      await exited(child, 10_000);
    }
  });
});
