import { ValueTransformer } from 'typeorm';

/** node-postgres returns numeric as a string (to keep precision); money and measures fit a double. */
export const numericToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** Money in pounds with pence. */
export const MONEY = { type: 'numeric', precision: 14, scale: 2, transformer: numericToNumber } as const;
