/**
 * Every Vietnamese text of the shared core, one file per area in this folder, merged here. Functions take the
 * facts and return the sentence, so the same wording reaches the Worker's problem+json and the add-in.
 */
import { auditMessages } from './audit';
import { meetingMessages } from './meetings';
import { peopleMessages } from './people';
import { planMessages } from './plan';
import { quotaMessages } from './quotas';
import { scoringMessages } from './scoring';
import { timeMessages } from './time';
import { voteMessages } from './votes';

export const msg = {
  ...auditMessages,
  ...peopleMessages,
  ...meetingMessages,
  ...planMessages,
  ...quotaMessages,
  ...scoringMessages,
  ...timeMessages,
  ...voteMessages,
} as const;
