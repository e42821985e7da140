import type { Rule, RuleContext } from './types';

/**
 * The vague references TimeML writes as PRESENT_REF, PAST_REF and FUTURE_REF: "now", "recently", "the
 * past few months", "at the time", "in the near future", "future quarters".
 */

/** "Islam will one day be…", "she hopes one day to…": the vague future, not a day's duration. */
export function isVagueOneDay(ctx: RuleContext, start: number): boolean {
  return /\b(will|would|could|may|might|hope|hopes|hoped|dream|dreams)\b[^.]{0,40}$/i.test(
    ctx.text.slice(Math.max(0, start - 40), start),
  );
}

const UNITS = '(?:days|weeks|months|quarters|years|decades)';

export const vagueRules: Rule[] = [
  {
    name: 'present-ref',
    pattern: new RegExp(
      '\\b(?:right now|just now|now|currently|current|at present|presently|these days|nowadays|at the moment|at this time|this (?:(?:crucial|critical|difficult|decisive|historic|important|delicate) )?(?:moment|juncture))\\b',
      'gi',
    ),
    resolve: (m, ctx, start) => {
      const after = ctx.text.slice(start + m[0].length, start + m[0].length + 12);
      // "now-defunct" and "Now," as a discourse marker still mean the present; "from now on" too.
      if (/^-\w/.test(after) && !/^-(defunct|retired|former)/i.test(after)) return null;
      return { value: 'PRESENT_REF', type: 'DATE' };
    },
  },
  {
    name: 'past-ref',
    pattern: new RegExp(
      [
        `\\b(?:recently|lately|(?:in )?the past|in recent (?:${UNITS}|times)|recent ${UNITS})\\b(?! (?:\\d|few|several|two|three|four|five|six|seven|eight|nine|ten|decade|year|month|week|day|quarter|century|hours?)\\b)`,
        // "the past few months" is vague ("the next few months" is a duration).
        `\\b(?:the )?(?:past|last) (?:few|several) ${UNITS}\\b`,
        `\\b(?:in )?past (?:years|decades)\\b`,
        // "…, he said at the time.": then, in a story told in the past ("at the time he was captured" is
        // a relative clause, not a reference of its own).
        `\\bat the time(?=[,.;:!?)'"’”]|$)`,
      ].join('|'),
      'gi',
    ),
    resolve: () => ({ value: 'PAST_REF', type: 'DATE' }),
  },
  {
    name: 'future-ref',
    pattern: new RegExp(
      `\\b(?:(?:in )?the (?:near |distant |foreseeable )?future|soon|(?:in )?the (?:near|short|long) term|in the coming (?:days|weeks|months|years)|at a later date|one day|(?:in )?(?:future|coming) (?:quarters|months|years|decades))\\b`,
      'gi',
    ),
    resolve: (m, ctx, start) => {
      if (/^one day$/i.test(m[0]) && !isVagueOneDay(ctx, start)) return null;
      return { value: 'FUTURE_REF', type: 'DATE' };
    },
  },
];
