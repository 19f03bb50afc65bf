import * as v from 'valibot';

const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

/** Notes for a teacher, one per article section (the part before the first heading is "title"). */
export const TeachingNoteSchema = v.strictObject({
  /** A section ID as sectionsForSteps gives it: "title", "h1" … "h4". */
  section: NonEmpty,
  summary: NonEmpty,
  /** The source blocks the summary rests on, so a teacher can read them aloud. */
  paragraphs: v.pipe(v.array(NonEmpty), v.minLength(1, 'a teaching note must cite at least one source block')),
  questions: v.pipe(
    v.array(NonEmpty),
    v.minLength(2, 'give 2–3 discussion questions'),
    v.maxLength(3, 'give 2–3 discussion questions')
  )
});

export const TeachingSchema = v.array(TeachingNoteSchema);

export type TeachingNote = v.InferOutput<typeof TeachingNoteSchema>;
export type TeachingInput = v.InferInput<typeof TeachingSchema>;
