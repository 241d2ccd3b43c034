/** Data functions take `now` from their caller when given (the seed, the scheduler's tests), else the wall clock. */
export type When = { now?: Date };
export const nowOf = (when?: When): Date => when?.now ?? new Date();
