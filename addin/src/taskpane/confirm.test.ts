import { describe, expect, it } from 'vitest';
import { Confirmer, type Question } from './confirm';

describe('the in-pane confirmation', () => {
  const setup = () => {
    const shown: (string | null)[] = [];
    const c = new Confirmer((q: Question | null) => shown.push(q ? q.text : null));
    return { c, shown };
  };

  it('resolves true on confirm and clears the question', async () => {
    const { c, shown } = setup();
    const answer = c.ask('Nộp?');
    expect(shown).toEqual(['Nộp?']);
    c.current!.answer(true);
    await expect(answer).resolves.toBe(true);
    expect(shown).toEqual(['Nộp?', null]);
    expect(c.current).toBeNull();
  });

  it('resolves false on cancel; a second answer changes nothing', async () => {
    const { c } = setup();
    const answer = c.ask('Chốt?');
    const q = c.current!;
    q.answer(false);
    q.answer(true);
    await expect(answer).resolves.toBe(false);
  });

  it('a new question cancels the pending one and stays shown', async () => {
    const { c, shown } = setup();
    const first = c.ask('A');
    const second = c.ask('B');
    await expect(first).resolves.toBe(false);
    expect(c.current?.text).toBe('B');
    expect(shown.at(-1)).toBe('B');
    c.current!.answer(true);
    await expect(second).resolves.toBe(true);
  });
});
