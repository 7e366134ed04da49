/**
 * A template profile: everything that says how one family of deliberations is written — its
 * landmarks, labels, list headers, vote formulas, signature and stamp forms — and how to recognise
 * it. Parsers receive a profile and read through it; no parser keeps its own copy of a landmark.
 * Adding a template is adding one module to this folder (ARCHITECTURE.md, « Adding a template »).
 */
import type { BodyKind, CollectiviteKind, TemplateId } from '../model/types';
import type { Message } from '../rules/types';
import type { ActVocabulary } from './vocabulary/acts';
import type { AttendanceVocabulary } from './vocabulary/attendance';
import type { MeetingVocabulary } from './vocabulary/meeting';
import type { StampVocabulary } from './vocabulary/stamps';
import type { VoteVocabulary } from './vocabulary/votes';

/** The words of a template, by part of the document. */
export interface Vocabulary {
  stamps: StampVocabulary;
  meeting: MeetingVocabulary;
  attendance: AttendanceVocabulary;
  votes: VoteVocabulary;
  acts: ActVocabulary;
}

/** What detection saw in the head of a document. */
export interface Detection {
  template: TemplateId;
  /** Higher wins; 0 means "not this template". */
  score: number;
  collectivite?: CollectiviteKind;
  body?: BodyKind;
}

export interface TemplateProfile {
  id: TemplateId;
  name: Message;
  /**
   * How well the head of a document (its first few thousand characters, lines joined by spaces)
   * fits this template: 0 when it does not. The most specific template scores highest.
   */
  detect(head: string): number;
  /**
   * What « excusé » means here: in the Commission Permanente an excusé has given a proxy and is
   * counted in the votes; in most other templates an excusé is absent without proxy.
   */
  excusedHoldsProxy: boolean;
  /** One deliberation per document (extrait), or one attendance for many items (procès-verbal). */
  layout: 'one-act' | 'many-items';
  vocabulary: Vocabulary;
}
