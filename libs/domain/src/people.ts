/**
 * Self-declared age band, for Youth, Peace and Security figures (youth = 18–29, S/RES/2250). Convene never
 * stores a date of birth; the band is declared on a date, so "youth at the event" can be judged later.
 */
export enum AgeBand {
  UNDER_18 = 'UNDER_18',
  AGE_18_29 = 'AGE_18_29',
  AGE_30_PLUS = 'AGE_30_PLUS',
}
