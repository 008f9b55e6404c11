import { describe, expect, it } from 'vitest';
import type { SheetEntryView } from '../api/types';
import { resubmitBody, serverChanges } from './conflict';

const view = (criterion: string, self: number | null, evidence: string | null = null): SheetEntryView => ({
  criterion,
  self,
  appraised: null,
  evidence,
  reason: null,
});

describe('serverChanges (409)', () => {
  const base = [view('1.1', 10), view('1.2', 5), view('1.3', null)];
  const server = [view('1.1', 12), view('1.2', 5, 'QĐ 7'), view('1.3', 4)];
  const mine = [
    { criterion: '1.1', self: 15, evidence: null },
    { criterion: '1.2', self: 6, evidence: null },
    { criterion: '1.3', self: 4, evidence: null },
  ];

  it('with the base: lists only what the server changed, flagging where the user typed something else', () => {
    expect(serverChanges(server, mine, base)).toEqual([
      { criterion: '1.1', field: 'self', before: 10, server: 12, mine: 15, conflict: true },
      { criterion: '1.2', field: 'evidence', before: null, server: 'QĐ 7', mine: null, conflict: false },
      { criterion: '1.3', field: 'self', before: null, server: 4, mine: 4, conflict: false },
    ]);
  });

  it('without the base: lists every field where the sheet and the server differ', () => {
    expect(serverChanges(server, mine)).toEqual([
      { criterion: '1.1', field: 'self', server: 12, mine: 15, conflict: true },
      { criterion: '1.2', field: 'self', server: 5, mine: 6, conflict: true },
      { criterion: '1.2', field: 'evidence', server: 'QĐ 7', mine: null, conflict: true },
    ]);
  });

  it('reports an appraisal that arrived meanwhile, a field the unit does not write', () => {
    const appraised = [{ ...view('1.1', 10), appraised: 8, reason: 'Thiếu hồ sơ' }];
    const changes = serverChanges(
      appraised,
      [{ criterion: '1.1', self: 10, evidence: null }],
      [view('1.1', 10)],
    );
    expect(changes.map((c) => [c.field, c.server, c.conflict])).toEqual([
      ['appraised', 8, false],
      ['reason', 'Thiếu hồ sơ', false],
    ]);
  });

  it('resubmits everything the user typed on the new revision', () => {
    expect(resubmitBody(mine, 7, true)).toEqual({
      revision: 7,
      submit: true,
      entries: [
        { criterion: '1.1', self: 15, evidence: null },
        { criterion: '1.2', self: 6, evidence: null },
        { criterion: '1.3', self: 4, evidence: null },
      ],
    });
    // A cell that could not be read sends no score, so the server keeps its own.
    expect(resubmitBody([{ criterion: '1.1', evidence: 'x' }], 2).entries).toEqual([
      { criterion: '1.1', evidence: 'x' },
    ]);
  });
});
