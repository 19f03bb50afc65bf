import * as v from 'valibot';

const Text = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'));
const Texts = (min = 1) => v.pipe(v.array(Text), v.minLength(min, `needs at least ${min} item(s)`));

/** The explainer's own copy (site.aml). Every key is required: a component never falls back to English in code. */
export const SiteCopySchema = v.strictObject({
  headline: Text,
  dek: Text,
  credit: Text,
  titleKicker: Text,
  contextAsOf: Text,
  dates: v.strictObject({ published: Text, opEdDate: Text, updated: Text }),
  byline: v.strictObject({
    by: v.pipe(Text, v.startsWith('By ', 'must start with "By "')),
    published: Text,
    updated: Text,
    /** The day the explainer first went live; load.ts checks it is not after the newest correction. */
    publishedDate: v.pipe(Text, v.isoDate('must be a date as YYYY-MM-DD'))
  }),
  skipToArticle: Text,
  stepsHeading: Text,
  stageLabel: Text,
  /** Shown in place of a chart or map image that could not load (offline, say), above its text alternative. */
  imageUnavailable: Text,
  legend: v.strictObject({
    claim: Text,
    analysis: Text,
    context: Text,
    contextAsOf: Text,
    sources: Text,
    readParagraph: Text,
    sectionPrefix: Text,
    permalink: Text
  }),
  original: v.strictObject({ heading: Text, intro: Text, publishedBy: Text, readAt: Text }),
  classroom: v.strictObject({ linksLabel: Text, present: Text, handout: Text, worksheet: Text }),
  dataTable: v.strictObject({
    summary: Text,
    battle: Text,
    figure: Text,
    counts: Text,
    covers: Text,
    source: Text
  }),
  explore: v.strictObject({
    hint: Text,
    /** On touch screens, in place of the key hint. */
    touchHint: Text,
    back: Text,
    open: Text,
    zoomIn: Text,
    zoomOut: Text,
    reset: Text,
    controlsLabel: Text
  }),
  wayfinding: v.strictObject({
    sections: Text,
    menuLabel: Text,
    progressLabel: Text,
    intro: Text,
    conclusion: Text,
    /** A block ID of the article (load.ts checks it is one). */
    conclusionFrom: Text
  }),
  share: v.strictObject({
    stepTitle: v.pipe(Text, v.regex(/\{n\}/, 'must contain {n}'), v.regex(/\{section\}/, 'must contain {section}')),
    stepKicker: v.pipe(Text, v.regex(/\{n\}/, 'must contain {n}')),
    credit: Text,
    imageAlt: v.pipe(Text, v.regex(/\{title\}/, 'must contain {title}')),
    stepLink: Text,
    shareStep: Text,
    copied: Text,
    copyFailed: Text
  }),
  present: v.strictObject({
    pageTitle: Text,
    /** "Step {n} of {total}"; both placeholders must be there. */
    stepOf: v.pipe(Text, v.regex(/\{n\}/, 'must contain {n}'), v.regex(/\{total\}/, 'must contain {total}')),
    progressLabel: Text,
    prev: Text,
    next: Text,
    overview: Text,
    notes: Text,
    notesWindow: Text,
    /** Shown at the top of the notes panel on the main screen: the class can see it. */
    notesOnScreen: Text,
    fullscreen: Text,
    keys: Text,
    close: Text,
    backToStory: Text,
    fullscreenRefused: Text,
    overviewHint: Text,
    helpHeading: Text,
    help: v.pipe(v.array(v.strictObject({ keys: Text, action: Text })), v.minLength(1)),
    notesHeading: Text,
    claimHeading: Text,
    citedHeading: Text,
    contextHeading: Text,
    teachingHeading: Text,
    restsOn: Text,
    questionsHeading: Text,
    notesWindowTitle: Text,
    notesWindowHint: Text,
    nextUp: Text
  }),
  handout: v.strictObject({
    pageTitle: Text,
    kicker: Text,
    intro: Text,
    liveAt: Text,
    liveRelative: Text,
    qrLabel: Text,
    figureLabel: Text,
    /** "see Figure {n} (step {step})"; both placeholders must be there. */
    seeFigure: v.pipe(Text, v.regex(/\{n\}/, 'must contain {n}'), v.regex(/\{step\}/, 'must contain {step}')),
    /** "Context, {title}: see step {step}"; both placeholders must be there. */
    seeContext: v.pipe(Text, v.regex(/\{title\}/, 'must contain {title}'), v.regex(/\{step\}/, 'must contain {step}')),
    fullTextNote: Text,
    printButton: Text,
    stepLabel: Text,
    discussionHeading: Text,
    questionsHeading: Text,
    restsOn: Text
  }),
  about: v.strictObject({
    heading: Text,
    paragraphs: Texts(),
    dataHeading: Text,
    data: Texts(),
    errorsHeading: Text,
    errors: Text,
    correctionsHeading: Text,
    errorsContact: Text,
    errorsContactMissing: Text,
    correctionWhy: Text,
    noCorrections: Text
  })
});

/** @public Typed import in aml-modules.d.ts, which knip does not read. */
export type SiteCopy = v.InferOutput<typeof SiteCopySchema>;
