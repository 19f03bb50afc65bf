import * as v from 'valibot';

const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

/** The student worksheet (worksheet.aml): one printed page. */
export const WorksheetSchema = v.strictObject({
  pageTitle: NonEmpty,
  kicker: NonEmpty,
  title: NonEmpty,
  intro: NonEmpty,
  nameLabel: NonEmpty,
  dateLabel: NonEmpty,
  questionsHeading: NonEmpty,
  questionsIntro: NonEmpty,
  /** A teaching note's question, by the note's section and the question's number (from 1). */
  questions: v.pipe(
    v.array(
      v.strictObject({
        section: NonEmpty,
        number: v.pipe(NonEmpty, v.regex(/^[1-9]$/, 'a question number, from 1'), v.transform(Number))
      })
    ),
    v.minLength(2, 'give 2–4 questions (one page)'),
    v.maxLength(4, 'give 2–4 questions (one page)')
  ),
  exerciseHeading: NonEmpty,
  exerciseIntro: NonEmpty,
  claimColumn: NonEmpty,
  contextColumn: NonEmpty,
  checkColumn: NonEmpty,
  /** The article's claims, each citing the block it comes from; quoted words must be the block's own. */
  claims: v.pipe(
    v.array(v.strictObject({ paragraph: NonEmpty, text: NonEmpty })),
    v.minLength(2, 'give 2–5 claims (one page)'),
    v.maxLength(5, 'give 2–5 claims (one page)')
  ),
  sourcesHeading: NonEmpty,
  sourcesIntro: NonEmpty,
  /** Web addresses the context notes cite; the page prints each with its publisher and date. */
  sources: v.pipe(v.array(v.pipe(NonEmpty, v.url('must be a web address'))), v.minLength(1), v.maxLength(8))
});

export type Worksheet = v.InferOutput<typeof WorksheetSchema>;
