import type { FigureInput } from './figure-schema';

// Russian artillery rounds per day. The article's claims are about Pokrovsk; every published
// figure we have is front-wide (data/raw/facts/FACTS.md §4: no Pokrovsk-specific number found),
// so context records are `front-wide` and drawn as such. Transcribed from
// data/raw/facts/shells-per-day.csv; rows that pair a US and a Ukrainian figure ("US (20k) vs
// Ukrainian (60k)") are split into one record each so the two series stay distinct.

const shells = { metric: 'shells-per-day', unit: 'shells per day', openHigh: false, approximate: false } as const;
const context = { ...shells, kind: 'context', battle: 'front-wide', scope: 'whole' } as const;

const CNN_2023 = {
  title: 'Russian artillery fire down nearly 75%, US officials say',
  publisher: 'Defense Mirror (CNN)',
  date: '2023-01',
  url: 'https://defensemirror.com/news/33439'
} as const;

const SYRSKYI_2024 = {
  who: 'Gen. Oleksandr Syrskyi (retrospective)',
  short: 'Syrskyi (UA)',
  title: 'Syrskyi told about the ratio of ammunition in the Ukrainian armed forces and the enemy',
  publisher: 'Censor.net (Interfax-Ukraine)',
  date: '2024-08-20',
  url: 'https://censor.net/en/news/3505734/syrskyi_told_about_the_ratio_of_ammunition_in_the_ukrainian_armed_forces_and_the_enemy'
} as const;

export const shellClaims: FigureInput[] = [
  {
    ...shells,
    id: 'claim-pokrovsk-shells',
    kind: 'claim',
    battle: 'pokrovsk',
    series: 'article',
    low: 10000,
    openHigh: true,
    scope: 'partial',
    scopeNote: '“in certain periods” of the battles for Pokrovsk; which periods is not said',
    period: { label: 'during the battles for Pokrovsk', start: '2024-02-17', end: '2025-11-15' },
    paragraph: 'p9',
    quote: 'over 10 thousand shells per day in certain periods'
  },
  {
    ...shells,
    id: 'claim-shells-drop',
    kind: 'claim',
    battle: 'pokrovsk',
    series: 'article',
    trend: 'down',
    scope: 'whole',
    scopeNote: 'no figure given; the article credits sanctions, import limits and exhaustion',
    period: { label: 'now (article, est. Nov 2025)', start: '2025-11-15', end: '2025-11-15' },
    paragraph: 'p9',
    quote: 'now this figure has noticeably dropped'
  }
];

export const shellContext: FigureInput[] = [
  {
    ...context,
    id: 'ctx-shells-2022-06-reznikov',
    series: 'ukraine',
    low: 24000,
    high: 24000,
    scopeNote: '“up to 1,000 per hour”, extrapolated to a day',
    period: { label: 'Jun 2022', start: '2022-06-01', end: '2022-06-30' },
    confidence: 'Medium',
    citation: {
      who: 'Oleksii Reznikov (Ukraine MoD)',
      short: 'Reznikov (UA)',
      title: 'Russia is firing up to 1,000 artillery shells per hour',
      publisher: 'NV',
      date: '2022-06-25',
      url: 'https://english.nv.ua/nation/russia-is-firing-up-to-1-000-artillery-shells-per-hours-russia-ukraine-war-50252271.html'
    }
  },
  {
    ...context,
    id: 'ctx-shells-2022-08-podolyak',
    series: 'ukraine',
    low: 40000,
    high: 50000,
    scopeNote: 'all types and calibres',
    period: { label: 'Aug 2022', start: '2022-08-01', end: '2022-08-31' },
    confidence: 'Medium',
    citation: {
      who: 'Mykhailo Podolyak (Ukraine, Presidential Office)',
      short: 'Podolyak (UA)',
      title: 'Podolyak on how many shells the occupiers fire daily',
      publisher: 'Slovo i Dilo',
      date: '2022-08-27',
      url: 'https://www.slovoidilo.ua/amp/2022/08/27/novyna/bezpeka/podolyak-rozpoviv-skilky-snaryadiv-okupanty-shhodnya-vypuskayut-po-ukrayini'
    }
  },
  {
    ...context,
    id: 'ctx-shells-2022-peak-us',
    series: 'us-western',
    low: 20000,
    high: 20000,
    scopeNote: '2022 peak, before the January 2023 drop; the month is not given',
    period: { label: '2022 peak', start: '2022-06-01', end: '2022-12-31' },
    confidence: 'High',
    citation: { ...CNN_2023, who: 'US officials (to CNN)', short: 'US (CNN)' }
  },
  {
    ...context,
    id: 'ctx-shells-2022-peak-ukraine',
    series: 'ukraine',
    low: 60000,
    high: 60000,
    scopeNote: '2022 peak, before the January 2023 drop; the month is not given',
    period: { label: '2022 peak', start: '2022-06-01', end: '2022-12-31' },
    confidence: 'High',
    citation: { ...CNN_2023, who: 'Ukrainian officials (to CNN)', short: 'UA (CNN)' }
  },
  {
    ...context,
    id: 'ctx-shells-2023-01-us',
    series: 'us-western',
    low: 5000,
    high: 5000,
    approximate: true,
    scopeNote: 'after a drop of up to 75%',
    period: { label: 'Jan 2023', start: '2023-01-01', end: '2023-01-31' },
    confidence: 'High',
    citation: { ...CNN_2023, who: 'US officials (to CNN)', short: 'US (CNN)' }
  },
  {
    ...context,
    id: 'ctx-shells-2023-01-ukraine',
    series: 'ukraine',
    low: 20000,
    high: 20000,
    scopeNote: 'after a drop of up to 75%',
    period: { label: 'Jan 2023', start: '2023-01-01', end: '2023-01-31' },
    confidence: 'High',
    citation: { ...CNN_2023, who: 'Ukrainian officials (to CNN)', short: 'UA (CNN)' }
  },
  {
    ...context,
    id: 'ctx-shells-2023-08-syrskyi',
    series: 'ukraine',
    low: 20000,
    high: 20000,
    approximate: true,
    scopeNote: 'Ukraine fired about 13,000',
    period: { label: 'Aug–Sep 2023', start: '2023-08-01', end: '2023-09-30' },
    confidence: 'Medium',
    citation: SYRSKYI_2024
  },
  {
    ...context,
    id: 'ctx-shells-2023-10-syrskyi',
    series: 'ukraine',
    low: 30000,
    openHigh: true,
    scopeNote: 'the Avdiivka period; Ukraine fired up to 10,000',
    period: { label: 'Oct–Dec 2023', start: '2023-10-01', end: '2023-12-31' },
    confidence: 'Medium',
    citation: SYRSKYI_2024
  },
  {
    ...context,
    id: 'ctx-shells-2024-early-bi',
    // A news outlet's own summary, not an official's figure: its own series.
    series: 'media',
    low: 10000,
    high: 10000,
    approximate: true,
    scopeNote: 'Western-style estimate; Ukraine about 2,000',
    period: { label: 'early 2024', start: '2024-01-01', end: '2024-02-29' },
    confidence: 'Low-Medium',
    citation: {
      who: 'Business Insider summary',
      short: 'Business Insider',
      title: 'Short on ammo, Ukrainian artillerymen can’t fire on a hunch anymore (mirror)',
      publisher: 'Business Insider (via icloud.info)',
      date: '2024-02',
      url: 'https://icloud.info/basic-news-article/2024-02/short-ammo-ukrainian-artillerymen-cant-fire-hunch-anymore-they-have-know'
    }
  },
  {
    ...context,
    id: 'ctx-shells-2024-01-nv',
    series: 'ukraine',
    low: 60000,
    high: 70000,
    scopeNote: 'likely all calibres including mortars',
    period: { label: 'Jan–May 2024', start: '2024-01-01', end: '2024-05-31' },
    confidence: 'Low-Medium',
    citation: {
      who: 'Gen. Oleksandr Syrskyi; anonymous General Staff official (to NV)',
      short: 'Syrskyi; NV',
      title: 'Russia fires 70,000 artillery shells a day',
      publisher: 'NV (via Yahoo News)',
      date: '2024-04',
      url: 'https://sg.news.yahoo.com/russia-fires-70-000-artillery-234300193.html'
    }
  },
  {
    ...context,
    id: 'ctx-shells-2024-08-syrskyi',
    series: 'ukraine',
    low: 44500,
    high: 44500,
    scopeNote: 'front-wide; Ukraine fired 14,600',
    period: { label: '6–14 Aug 2024', start: '2024-08-06', end: '2024-08-14' },
    confidence: 'Medium',
    citation: { ...SYRSKYI_2024, who: 'Gen. Oleksandr Syrskyi', short: 'Syrskyi (UA)' }
  },
  {
    ...context,
    id: 'ctx-shells-2025-syrskyi',
    series: 'ukraine',
    low: 23000,
    high: 28000,
    scopeNote: 'down from ~40,000; later 27,000–28,000; he credits Ukrainian strikes on depots and factories',
    period: { label: '2025 (to Apr)', start: '2025-01-01', end: '2025-04-09' },
    confidence: 'High',
    citation: {
      who: 'Gen. Oleksandr Syrskyi (Lb.ua interview)',
      short: 'Syrskyi (UA)',
      title: 'Ukraine’s deep strikes cut Russia’s ammunition use by half, military chief says',
      publisher: 'Kyiv Independent',
      date: '2025-04-09',
      url: 'https://kyivindependent.com/ukraines-deep-strikes-cut-russias-ammunition-use-by-half-military-chief-says/'
    }
  }
];
