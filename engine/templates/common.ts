/**
 * The vocabulary shared by the templates of communes, intercommunalités, syndicats, départements
 * and régions: most of what they write is the same French administrative prose.
 */
import type { Vocabulary } from './types';
import { ACTS } from './vocabulary/acts';
import { ATTENDANCE } from './vocabulary/attendance';
import { MEETING } from './vocabulary/meeting';
import { STAMPS } from './vocabulary/stamps';
import { VOTES } from './vocabulary/votes';

export const COMMON_VOCABULARY: Vocabulary = { stamps: STAMPS, meeting: MEETING, attendance: ATTENDANCE, votes: VOTES, acts: ACTS };
