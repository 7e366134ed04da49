/**
 * The law in force on a meeting day (docs/domain.md §21, §26): quorum, proxies, convocation
 * delays, seats by population. Derived once here, read by the rules and the hovers. The articles are
 * of the Code général des collectivités territoriales (CGCT).
 */
import type { BodyKind, CalendarDate, CollectiviteKind } from '../model/types';

/** Days since 1970-01-01 (UTC), for comparing calendar dates. */
export function dayNumber(date: CalendarDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

/**
 * The health-crisis periods (loi n° 2020-290, 2020-1379, 2021-1465): quorum of one third of the
 * members present or represented, and two proxies per member. Bounds inclusive.
 */
export const HEALTH_CRISIS_PERIODS: readonly { from: CalendarDate; to: CalendarDate; basis: string }[] = [
  { from: { year: 2020, month: 3, day: 23 }, to: { year: 2020, month: 8, day: 30 }, basis: 'loi n° 2020-290 du 23 mars 2020, art. 10' },
  { from: { year: 2020, month: 10, day: 17 }, to: { year: 2021, month: 9, day: 30 }, basis: 'loi n° 2020-1379 du 14 novembre 2020, art. 6' },
  { from: { year: 2021, month: 11, day: 10 }, to: { year: 2022, month: 7, day: 31 }, basis: 'loi n° 2021-1465 du 10 novembre 2021, art. 10' },
];

export function healthCrisisOn(date: CalendarDate): { from: CalendarDate; to: CalendarDate; basis: string } | undefined {
  const n = dayNumber(date);
  return HEALTH_CRISIS_PERIODS.find((p) => n >= dayNumber(p.from) && n <= dayNumber(p.to));
}

/** Proxies one member may hold on that date: one (L2121-20, L3121-16, L4132-15), two in a health crisis. */
export function proxiesAllowed(date: CalendarDate | undefined): number {
  return date && healthCrisisOn(date) ? 2 : 1;
}

export interface QuorumRule {
  /** Members who must be there (present, or present or represented when `countsRepresented`). */
  required: number;
  countsRepresented: boolean;
  article: string;
}

/**
 * The quorum of a body on a date, for `inOffice` members in office. Commune, EPCI, syndicat: the
 * majority of members in office physically present (L2121-17, by L5211-1 and L5711-1); département
 * plenary L3121-14; commission permanente L3121-14-1 (present or represented); région L4132-13. In a
 * health-crisis period, one third present or represented.
 */
export function quorumOn(inOffice: number, date: CalendarDate | undefined, kind: CollectiviteKind | undefined, body: BodyKind | undefined): QuorumRule {
  const crisis = date ? healthCrisisOn(date) : undefined;
  if (crisis) return { required: Math.ceil(inOffice / 3), countsRepresented: true, article: crisis.basis };
  const majority = Math.floor(inOffice / 2) + 1;
  if (body === 'commission-permanente' && kind === 'departement') return { required: majority, countsRepresented: true, article: 'L3121-14-1' };
  if (body === 'commission-permanente' && kind === 'region') return { required: majority, countsRepresented: false, article: 'L4133-6' };
  if (kind === 'departement') return { required: majority, countsRepresented: false, article: 'L3121-14' };
  if (kind === 'region') return { required: majority, countsRepresented: false, article: 'L4132-13' };
  return { required: majority, countsRepresented: false, article: kind === 'epci' || kind === 'syndicat' ? 'L2121-17 (L5211-1)' : 'L2121-17' };
}

/** Seats of a municipal council by population (L2121-2): [population from, seats]. */
export const SEATS_BY_POPULATION: readonly (readonly [number, number])[] = [
  [0, 7], [100, 11], [500, 15], [1500, 19], [2500, 23], [3500, 27], [5000, 29], [10000, 33], [20000, 35],
  [30000, 39], [40000, 43], [50000, 45], [60000, 49], [80000, 53], [100000, 55], [150000, 59],
  [200000, 61], [250000, 65], [300000, 69],
];

export function seatsFor(population: number): number {
  let seats = SEATS_BY_POPULATION[0][1];
  for (const [from, n] of SEATS_BY_POPULATION) if (population >= from) seats = n;
  return seats;
}

/**
 * The smallest population a council of `seats` members can have (L2121-2, read backwards), or
 * undefined for a seat count the table does not hold (vacant seats, an EPCI).
 */
export function populationFloorForSeats(seats: number): number | undefined {
  const row = SEATS_BY_POPULATION.find(([, n]) => n === seats);
  return row?.[0];
}

export interface ConvocationRule {
  /** Clear days required between the convocation and the meeting (neither day counted). */
  clearDays: number;
  article: string;
}

/**
 * The convocation delay: communes under 3 500 inhabitants 3 clear days (L2121-11), from 3 500 five
 * (L2121-12), one in urgency; EPCI and syndicats as communes (L5211-1, L5711-1); départements and
 * régions: 12 days for the plenary (L3121-19, L4132-18).
 */
export function convocationRule(
  kind: CollectiviteKind | undefined,
  body: BodyKind | undefined,
  population: number | undefined,
  urgency: boolean,
): ConvocationRule | undefined {
  if (urgency) return { clearDays: 1, article: 'L2121-12' };
  if (kind === 'departement' || kind === 'region') {
    if (body === 'commission-permanente') return undefined;
    return { clearDays: 12, article: kind === 'departement' ? 'L3121-19' : 'L4132-18' };
  }
  if (population !== undefined && population >= 3500) return { clearDays: 5, article: kind === 'commune' ? 'L2121-12' : 'L2121-12 (L5211-1)' };
  return { clearDays: 3, article: kind === 'epci' || kind === 'syndicat' ? 'L2121-11 (L5211-1)' : 'L2121-11' };
}

/** Clear days between two dates: the days strictly between them (the day of sending and the meeting day are not counted). */
export function clearDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from) - 1;
}

/** 1 July 2022: deliberations signed by the president and the secretary (L2121-23, ordonnance n° 2021-1310). */
export const SIGNATURE_REFORM: CalendarDate = { year: 2022, month: 7, day: 1 };
