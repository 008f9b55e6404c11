/**
 * Every Vietnamese text the Worker adds to the shared core's (shared/messages): one file per area in this
 * folder, merged here. Another area adds its file and one spread below.
 */
import { accessMessages } from './access';
import { addinMessages } from './addin';
import { amendmentApiMessages } from './amendments';
import { appraisalChangeMessages } from './appraisal-changes';
import { awardApiMessages } from './awards';
import { backupApiMessages } from './backup';
import { calendarApiMessages } from './calendar';
import { councilBookMessages } from './council-book';
import { httpMessages } from './http';
import { meetingApiMessages } from './meetings';
import { paperMessages } from './papers';
import { peopleApiMessages } from './people';
import { planApiMessages } from './plans';
import { sheetApiMessages } from './sheets';
import { tableApiMessages } from './tables';

export const wmsg = {
  ...httpMessages,
  ...accessMessages,
  ...planApiMessages,
  ...sheetApiMessages,
  ...awardApiMessages,
  ...calendarApiMessages,
  ...addinMessages,
  ...appraisalChangeMessages,
  ...backupApiMessages,
  ...amendmentApiMessages,
  ...councilBookMessages,
  ...tableApiMessages,
  ...peopleApiMessages,
  ...meetingApiMessages,
  paper: paperMessages,
} as const;
