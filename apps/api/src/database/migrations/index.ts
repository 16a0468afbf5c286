import { Duplicates1795820000000 } from './1795820000000-Duplicates';
import { Imports1795830000000 } from './1795830000000-Imports';
import { SearchTerms1795840000000 } from './1795840000000-SearchTerms';
import { ImportRecordIds1795850000000 } from './1795850000000-ImportRecordIds';
import { DashboardRollups1795780000000 } from './1795780000000-DashboardRollups';
import { SavedViews1795772970127 } from './1795772970127-SavedViews';
import { Collaborations1795768362896 } from './1795768362896-Collaborations';
import { DialogueSessions1795768083447 } from './1795768083447-DialogueSessions';
import { DashboardIndex1795790000000 } from './1795790000000-DashboardIndex';
import { Search1795800000000 } from './1795800000000-Search';
import { Engagements1795767023079 } from './1795767023079-Engagements';
import { Reference1795766084753 } from './1795766084753-Reference';
import { Register1795764957592 } from './1795764957592-Register';
import { Initial1795763327083 } from './1795763327083-Initial';
import { ExportLog1795810000000 } from './1795810000000-ExportLog';
import { NeedToKnow1795860000000 } from './1795860000000-NeedToKnow';
import { Consent1795870000000 } from './1795870000000-Consent';
import { RetentionErasure1795900000000 } from './1795900000000-RetentionErasure';
import { SingleSignOn1795880000000 } from './1795880000000-SingleSignOn';
import { SecondFactor1795890000000 } from './1795890000000-SecondFactor';
import { ErasureReachesEveryLog1795910000000 } from './1795910000000-ErasureReachesEveryLog';
/** Every migration in order. `npm run db:generate -- Name` writes a new one and appends it here. */
export const migrations: (new () => object)[] = [
  Initial1795763327083,
  Register1795764957592,
  Reference1795766084753,
  Engagements1795767023079,
  DialogueSessions1795768083447,
  Collaborations1795768362896,
  SavedViews1795772970127,
  DashboardRollups1795780000000,
  DashboardIndex1795790000000,
  Search1795800000000,
  ExportLog1795810000000,
  Duplicates1795820000000,
  Imports1795830000000,
  SearchTerms1795840000000,
  ImportRecordIds1795850000000,
  NeedToKnow1795860000000,
  Consent1795870000000,
  SingleSignOn1795880000000,
  SecondFactor1795890000000,
  RetentionErasure1795900000000,
  ErasureReachesEveryLog1795910000000,
];
