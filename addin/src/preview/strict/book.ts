/**
 * What the strict layer knows of a workbook to apply Excel's rules: each worksheet's name, protection (with
 * its options and password) and which cells are locked, the requirement sets the manifest declares and the
 * host has, the sets the code asked about, and the payload of every sync. The fakes seed it with the sheets
 * they start with; `./context.ts` keeps it up to date as it replays each batch.
 */

import { capabilities } from '../../excel/requirements';
import type { Capabilities } from '../../excel/types';
import type { Rect } from '../address';
import { compareVersions } from './api';
import { excelError } from './errors';

export interface SheetFacts {
  id: string;
  name: string;
  protected: boolean;
  options: Record<string, unknown>;
  password?: string;
  /** Locking written to ranges, in order; a cell is locked unless the last run covering it says not. */
  locks: Array<{ rect: Rect; locked: boolean }>;
}

export interface StrictOptions {
  /** The ExcelApi version the manifest declares (the floor every host has). */
  declared: string;
  /** The highest ExcelApi version the simulated host has (default: all the adapter may use). */
  host?: string;
}

/** Excel's worksheet-name rules (the Rename Sheet dialog, `Worksheet.name`). */
const FORBIDDEN = /[\\/?*[\]:]/;

export class StrictBook {
  readonly sheets = new Map<string, SheetFacts>();
  /** Sets the code asked `isSetSupported` about. */
  readonly checked = new Set<string>();
  /** Bytes each sync's request carried, in order (for tests). */
  readonly payloads: number[] = [];
  readonly declared: string;
  readonly host: string;
  /** Tests: the member (`"Class.member"`) whose next use fails, to see what a failure part-way leaves. */
  failAt: string | null = null;

  constructor(options: StrictOptions) {
    this.declared = options.declared;
    this.host = options.host ?? '1.17';
  }

  /** `Office.context.requirements.isSetSupported`, recording that the code asked. */
  readonly supports = (set: string, version: string): boolean => {
    if (set !== 'ExcelApi') return false;
    this.checked.add(version);
    return compareVersions(version, this.host) <= 0;
  };

  /** The adapter's capabilities as this host reports them (asking `supports`). */
  get caps(): Capabilities {
    return capabilities(this.supports);
  }

  addSheet(s: Partial<SheetFacts> & { id: string; name: string }): SheetFacts {
    const facts: SheetFacts = { protected: false, options: {}, locks: [], ...s };
    this.sheets.set(s.id, facts);
    return facts;
  }

  sheet(id: string): SheetFacts {
    const s = this.sheets.get(id);
    if (!s)
      throw excelError('ItemNotFound', `The worksheet ${id} does not exist.`, 'WorksheetCollection.getItem');
    return s;
  }

  /** A member needing `version`: above the host, Excel has no such API; above the manifest, ask first. */
  requireSet(version: string, location: string): void {
    if (compareVersions(version, this.host) > 0)
      throw excelError('ApiNotFound', `ExcelApi ${version} is not available on this host.`, location);
    if (
      compareVersions(version, this.declared) > 0 &&
      ![...this.checked].some((v) => compareVersions(v, version) >= 0)
    )
      throw excelError(
        'ApiNotFound',
        `ExcelApi ${version} is above the manifest's ${this.declared} and was used without isSetSupported.`,
        location,
      );
  }

  /** A worksheet name Excel accepts, unique in the workbook whatever the case. */
  checkName(name: string, location: string, except?: string): void {
    const bad =
      name.trim() === '' ||
      Array.from(name).length > 31 ||
      FORBIDDEN.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLowerCase() === 'history';
    if (bad) throw excelError('InvalidArgument', `The worksheet name "${name}" is not valid.`, location);
    const lower = name.toLocaleLowerCase();
    for (const s of this.sheets.values())
      if (s.id !== except && s.name.toLocaleLowerCase() === lower)
        throw excelError('ItemAlreadyExists', `A worksheet named "${name}" already exists.`, location);
  }

  /** Whether every cell of `rect` is unlocked (an open rectangle counts as locked: it reaches locked cells). */
  allUnlocked(s: SheetFacts, rect: Rect): boolean {
    if (rect.r2 === null || rect.c2 === null) return false;
    for (let r = rect.r1; r <= rect.r2; r++)
      for (let c = rect.c1; c <= rect.c2; c++) {
        let locked = true;
        for (const run of s.locks)
          if (
            r >= run.rect.r1 &&
            (run.rect.r2 === null || r <= run.rect.r2) &&
            c >= run.rect.c1 &&
            (run.rect.c2 === null || c <= run.rect.c2)
          )
            locked = run.locked;
        if (locked) return false;
      }
    return true;
  }
}
