import { activityCountCondition } from './activity-count.js';
import { applicationCondition } from './application.js';
import { consentCondition } from './consent.js';
import { dateCondition } from './date.js';
import { industryCondition } from './industry.js';
import { lastContactedCondition } from './last-contacted.js';
import { listCondition } from './list.js';
import { locationCondition } from './location.js';
import { ownerCondition } from './owner.js';
import { remoteCondition } from './remote.js';
import { seniorityCondition } from './seniority.js';
import { skillsCondition } from './skills.js';
import { sourceCondition } from './source.js';
import { stageCondition } from './stage.js';
import { tagsCondition } from './tags.js';
import { textCondition } from './text.js';

/** Every condition kind, in the order the builder offers them. A new condition is one file plus one entry here. */
export const conditionSpecs = [
  textCondition,
  skillsCondition,
  industryCondition,
  tagsCondition,
  seniorityCondition,
  sourceCondition,
  ownerCondition,
  dateCondition,
  locationCondition,
  remoteCondition,
  lastContactedCondition,
  activityCountCondition,
  stageCondition,
  applicationCondition,
  consentCondition,
  listCondition,
] as const;
