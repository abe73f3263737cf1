import type { Assignment, Condition } from './schema.ts';

export type VarValue = number | boolean | string;
export type Vars = Record<string, VarValue>;

const INCREMENT = /^[+-]\d+(\.\d+)?$/;

export function isIncrement(value: VarValue): value is string {
  return typeof value === 'string' && INCREMENT.test(value);
}

/** Applies `set: {trust: "+1", warned: true}` to a copy of the variables. */
export function applyAssignment(vars: Vars, assignment: Assignment | undefined): Vars {
  if (!assignment) return vars;
  const next = { ...vars };
  for (const [name, value] of Object.entries(assignment)) {
    const current = next[name];
    next[name] = isIncrement(value) && typeof current === 'number' ? current + Number(value) : value;
  }
  return next;
}

/** True when every entry of `when` holds for these variables. */
export function conditionHolds(vars: Vars, when: Condition | undefined): boolean {
  if (!when) return true;
  return Object.entries(when).every(([name, test]) => {
    const value = vars[name];
    if (typeof test !== 'object') return value === test;
    if (test.eq !== undefined && value !== test.eq) return false;
    if (test.ne !== undefined && value === test.ne) return false;
    if (typeof value !== 'number') return test.gt === undefined && test.gte === undefined && test.lt === undefined && test.lte === undefined;
    if (test.gt !== undefined && !(value > test.gt)) return false;
    if (test.gte !== undefined && !(value >= test.gte)) return false;
    if (test.lt !== undefined && !(value < test.lt)) return false;
    if (test.lte !== undefined && !(value <= test.lte)) return false;
    return true;
  });
}
