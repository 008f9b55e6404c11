/**
 * The papers the product writes (decision 0038): each with its code, its Vietnamese title, its formats,
 * whether it needs a meeting (the minutes and the count) or a snapshot is enough, and its generator.
 */
import { wmsg } from '../../messages';
import type { PaperData } from './data';
import { decisionDocx } from './docx/decision';
import { minutesDocx } from './docx/minutes';
import { proposalListDocx } from './docx/proposal-list';
import { reportsDocx } from './docx/reports';
import { submissionDocx } from './docx/submission';
import { tallyDocx } from './docx/tally';
import { proposalListXlsx } from './proposal-list-xlsx';

export type PaperFormat = 'docx' | 'xlsx';

export const MIME: Record<PaperFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface PaperKind {
  code: string;
  title: () => string;
  formats: readonly PaperFormat[];
  needsMeeting: boolean;
  make: Partial<Record<PaperFormat, (d: PaperData) => Promise<ArrayBuffer>>>;
}

const docs = () => wmsg.paper.documents;

export const PAPERS: readonly PaperKind[] = [
  {
    code: 'proposal-list',
    title: () => docs().proposalList,
    formats: ['docx', 'xlsx'],
    needsMeeting: false,
    make: { docx: proposalListDocx, xlsx: proposalListXlsx },
  },
  {
    code: 'council-minutes',
    title: () => docs().councilMinutes,
    formats: ['docx'],
    needsMeeting: true,
    make: { docx: minutesDocx },
  },
  {
    code: 'ballot-count',
    title: () => docs().ballotCount,
    formats: ['docx'],
    needsMeeting: true,
    make: { docx: tallyDocx },
  },
  {
    code: 'submission',
    title: () => docs().submission,
    formats: ['docx'],
    needsMeeting: false,
    make: { docx: submissionDocx },
  },
  {
    code: 'draft-decision',
    title: () => docs().draftDecision,
    formats: ['docx'],
    needsMeeting: false,
    make: { docx: decisionDocx },
  },
  {
    code: 'achievement-reports',
    title: () => docs().achievementReports,
    formats: ['docx'],
    needsMeeting: false,
    make: { docx: reportsDocx },
  },
];

export const paperKind = (code: string): PaperKind | undefined => PAPERS.find((p) => p.code === code);

/** The file's name: the paper's title and the campaign's code ("Tờ trình đề nghị khen thưởng - BRVT-2023.docx"). */
export const fileName = (kind: PaperKind, campaign: string, format: PaperFormat) =>
  `${kind.title()} - ${campaign}.${format}`;
