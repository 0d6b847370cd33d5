import type { ProfileProblem } from './profile-problem.ts';
import { childPath, itemPath, problemAt, quote } from './profile-problem.ts';
import { cataloguePrefixes, findRule, prefixOf } from './rule-catalogue.ts';
import { PROFILE_DUNNING_STEPS } from './terms-profile-schema.ts';

/*
 * The checks the schema cannot express. They read the document defensively (it may also have
 * schema problems) so that one pass lists every problem, not just those of the first kind.
 */

type Doc = Record<string, unknown>;

const ruleIdForm = /^[a-z][a-z0-9-]*:[0-9A-Za-z][0-9A-Za-z.:-]*$/;
const isoDateForm = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const contractKinds = ['fixedTerm', 'indefinite', 'domain', 'thirdParty'] as const;

export function semanticProblems(document: unknown): ProfileProblem[] {
  if (!isRecord(document)) return [];
  return [
    ...ruleIdProblems(document),
    ...publishedOnProblems(document),
    ...contractKindProblems(document),
    ...renewalProblems(document),
    ...slaProblems(document),
    ...dunningProblems(document),
  ];
}

/** Cited ids are the profile's own or Dutch law, and known to the catalogue where it speaks for the prefix. */
function ruleIdProblems(document: Doc): ProfileProblem[] {
  // An invalid rulePrefix is reported once, at its own path, not again at every rule id.
  const given = document['rulePrefix'];
  const own = typeof given === 'string' && /^[a-z][a-z0-9-]*$/.test(given) ? given : undefined;
  return citedRuleIds(document, '').flatMap(({ id, path }) => {
    const prefix = prefixOf(id);
    if (own !== undefined && prefix !== own && prefix !== 'nl') {
      return [
        problemAt(
          path,
          `${quote(id)} is not this profile's rule: ids start with "${own}:" (its rulePrefix) or "nl:"`,
        ),
      ];
    }
    if (cataloguePrefixes.has(prefix) && !findRule(id)) {
      return [problemAt(path, `${quote(id)} is not in the rule catalogue (shared/terms/CLAUSES.md)`)];
    }
    return [];
  });
}

function citedRuleIds(value: unknown, path: string): { id: string; path: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => citedRuleIds(item, itemPath(path, index)));
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const here = childPath(path, key);
    if (key !== 'rules' || !Array.isArray(child)) return citedRuleIds(child, here);
    // Ids not in rule id form are already reported by the schema.
    return child.flatMap((id, index) =>
      typeof id === 'string' && ruleIdForm.test(id) ? [{ id, path: itemPath(here, index) }] : [],
    );
  });
}

function publishedOnProblems(document: Doc): ProfileProblem[] {
  const text = document['publishedOn'];
  const parts = typeof text === 'string' ? isoDateForm.exec(text) : null;
  if (!parts) return [];
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? [] : [problemAt('publishedOn', `${quote(text)} is not a real date`)];
}

function contractKindProblems(document: Doc): ProfileProblem[] {
  const contracts = document['contracts'];
  if (!isRecord(contracts) || contractKinds.some((kind) => !(kind in contracts))) return [];
  if (contractKinds.some((kind) => contracts[kind] !== null)) return [];
  return [problemAt('contracts', `at least one of ${contractKinds.join(', ')} must be set (all are null)`)];
}

/** A payment-term renewal cannot default to more than its own maximum (vn:1.5.1). */
function renewalProblems(document: Doc): ProfileProblem[] {
  const contracts = document['contracts'];
  if (!isRecord(contracts)) return [];
  return contractKinds.flatMap((kind) => {
    const contract = contracts[kind];
    const renewal = isRecord(contract) ? contract['renewal'] : undefined;
    if (!isRecord(renewal) || renewal['kind'] !== 'payment-term') return [];
    const { maxMonths, defaultMonths } = renewal;
    if (typeof maxMonths !== 'number' || typeof defaultMonths !== 'number' || defaultMonths <= maxMonths)
      return [];
    return [
      problemAt(
        `contracts.${kind}.renewal.defaultMonths`,
        `must not exceed maxMonths (${maxMonths}); got ${defaultMonths}`,
      ),
    ];
  });
}

/** Repair times: a maximum below the average is a typo, and a fiber count may have one row only (vn:6.4.10). */
function slaProblems(document: Doc): ProfileProblem[] {
  const sla = document['sla'];
  const rows = isRecord(sla) ? sla['repairTimes'] : undefined;
  if (!Array.isArray(rows)) return [];
  const problems: ProfileProblem[] = [];
  const firstRowOf = new Map<number, number>();
  rows.forEach((row: unknown, index) => {
    if (!isRecord(row)) return;
    const path = itemPath('sla.repairTimes', index);
    const { averageHours, maximumHours, fiberCounts } = row;
    if (typeof averageHours === 'number' && typeof maximumHours === 'number' && maximumHours < averageHours) {
      problems.push(
        problemAt(
          `${path}.maximumHours`,
          `must be at least averageHours (${averageHours}); got ${maximumHours}`,
        ),
      );
    }
    if (!Array.isArray(fiberCounts)) return;
    fiberCounts.forEach((count: unknown, countIndex) => {
      if (typeof count !== 'number') return;
      const first = firstRowOf.get(count);
      if (first === undefined) firstRowOf.set(count, index);
      else {
        const where = first === index ? 'this row' : itemPath('sla.repairTimes', first);
        problems.push(
          problemAt(
            itemPath(`${path}.fiberCounts`, countIndex),
            `fiber count ${count} is already listed in ${where}`,
          ),
        );
      }
    });
  });
  return problems;
}

/**
 * The ladder goes one way (reminder, collection costs, suspension, notice of default, dissolution),
 * each step once; only a notice of default has a term, and it must name one (vn:1.6.2); where the
 * terms dissolve only after a notice of default, the ladder gives one before dissolving.
 */
function dunningProblems(document: Doc): ProfileProblem[] {
  const dunning = document['dunning'];
  const steps = isRecord(dunning) ? dunning['steps'] : undefined;
  if (!Array.isArray(steps)) return [];
  const problems: ProfileProblem[] = [];
  const rank = (step: unknown) =>
    PROFILE_DUNNING_STEPS.indexOf(step as (typeof PROFILE_DUNNING_STEPS)[number]);
  let highest: { step: string; index: number } | undefined;
  steps.forEach((item: unknown, index) => {
    if (!isRecord(item) || rank(item['step']) < 0) return;
    const path = itemPath('dunning.steps', index);
    const step = item['step'] as string;
    if (highest !== undefined && rank(step) <= rank(highest.step)) {
      const where = itemPath('dunning.steps', highest.index);
      problems.push(
        problemAt(
          `${path}.step`,
          step === highest.step
            ? `${quote(step)} is already listed at ${where}`
            : `${quote(step)} must come before ${quote(highest.step)} (${where}): the ladder runs ${PROFILE_DUNNING_STEPS.join(', ')}`,
        ),
      );
    } else highest = { step, index };
    if (step === 'notice-of-default' && item['termDays'] === undefined)
      problems.push(problemAt(`${path}.termDays`, 'is required: a notice of default names its term'));
    if (step !== 'notice-of-default' && item['termDays'] !== undefined)
      problems.push(problemAt(`${path}.termDays`, 'only a notice of default has a term'));
  });
  return [...problems, ...noticeBeforeDissolution(document, steps)];
}

/** vn:1.6.2: dissolution after a notice of default with a reasonable term, when the terms say so. */
function noticeBeforeDissolution(document: Doc, steps: unknown[]): ProfileProblem[] {
  const dissolution = document['dissolution'];
  if (!isRecord(dissolution) || dissolution['afterNoticeOfDefault'] !== true) return [];
  const names = steps.map((item) => (isRecord(item) ? item['step'] : undefined));
  const dissolves = names.indexOf('dissolution');
  if (dissolves < 0 || names.slice(0, dissolves).includes('notice-of-default')) return [];
  return [
    problemAt(
      `${itemPath('dunning.steps', dissolves)}.step`,
      'needs a "notice-of-default" step before it: dissolution.afterNoticeOfDefault is true',
    ),
  ];
}

function isRecord(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
