import * as v from 'valibot';

const Text = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'));

/** One reader-facing change to the published explainer (corrections.aml). */
export const CorrectionSchema = v.strictObject({
  /** The day the change was published. */
  date: v.pipe(
    v.string(),
    v.isoDate('must be a date (YYYY-MM-DD)'),
    // isoDate is a pattern: it lets 2026-02-30 through.
    v.check((date) => {
      const time = Date.parse(`${date}T00:00:00Z`);
      return !Number.isNaN(time) && new Date(time).toISOString().startsWith(date);
    }, 'is not a day of the calendar')
  ),
  /** What changed, as a reader would notice it. */
  what: Text,
  /** Why: the error, or the new information and its source. */
  why: Text
});

export const CorrectionsSchema = v.strictObject({
  corrections: v.pipe(
    v.array(CorrectionSchema),
    v.check((list) => list.every((c, i) => i === 0 || c.date <= list[i - 1]!.date), 'must be listed newest first')
  )
});

export type Correction = v.InferOutput<typeof CorrectionSchema>;
