/** Most a single sum of money may be, in pounds: a guard against typos in the billions. */
export const MAX_MONEY = 1_000_000_000_000;
