import type { FigureInput } from './figure-schema';

// Russian losses: the article's figures (claims, with the paragraph and its exact words) and other
// published estimates (context) transcribed from data/raw/facts/loss-estimates.csv, which
// src/lib/model/figures.spec.ts checks row by row. Citation titles and publishers come from
// data/raw/facts/FACTS.md section 3; where it gives no headline the title describes the item.

const losses = { metric: 'losses', unit: 'people' } as const;

export const lossClaims: FigureInput[] = [
  {
    ...losses,
    id: 'claim-pokrovsk-losses',
    kind: 'claim',
    battle: 'pokrovsk',
    low: 100000,
    high: 100000,
    openHigh: false,
    approximate: true,
    definition: 'K+severely-W',
    scope: 'whole',
    scopeNote: 'Pokrovsk area, “over a year” to the article’s date (est. Nov 2025)',
    paragraph: 'p1',
    quote: 'approximately a hundred thousand killed and severely wounded'
  },
  {
    ...losses,
    id: 'claim-bakhmut-losses',
    kind: 'claim',
    battle: 'bakhmut',
    low: 70000,
    high: 100000,
    openHigh: true,
    approximate: false,
    definition: 'K+W',
    scope: 'whole',
    scopeNote: 'whole battle; “could exceed”, attributed to “open estimates”',
    paragraph: 'p4',
    quote: 'could exceed 70–100 thousand killed and wounded'
  },
  {
    ...losses,
    id: 'claim-avdiivka-losses',
    kind: 'claim',
    battle: 'avdiivka',
    low: 40000,
    high: 50000,
    openHigh: false,
    approximate: true,
    definition: 'K+W',
    scope: 'whole',
    scopeNote: 'whole battle; “killed and wounded” carried over from the Bakhmut sentence',
    paragraph: 'p4',
    quote: 'another about 40–50 thousand'
  },
  {
    ...losses,
    id: 'claim-bakhmut-avdiivka-tens-of-thousands',
    kind: 'claim',
    battle: 'bakhmut-and-avdiivka',
    low: 20000,
    openHigh: true,
    approximate: true,
    definition: 'undefined',
    scope: 'whole',
    scopeNote: '“tens of thousands” for both battles together, read as at least 20,000; not drawn, p4 is more precise',
    paragraph: 'p12',
    quote: 'tens of thousands under Bakhmut and Avdiivka'
  }
];

export const lossContext: FigureInput[] = [
  {
    ...losses,
    id: 'ctx-bakhmut-kirby',
    kind: 'context',
    battle: 'bakhmut',
    low: 100000,
    openHigh: true,
    approximate: false,
    definition: 'K+W',
    scope: 'partial',
    scopeNote: 'Dec 2022 – Apr 2023 only; incl. >20,000 killed',
    confidence: 'High',
    citation: {
      who: 'US NSC (John Kirby)',
      short: 'US NSC (Kirby)',
      title: 'Kirby: Russia suffered over 100,000 casualties in Bakhmut since December',
      publisher: 'Interfax-Ukraine',
      date: '2023-05-02',
      url: 'https://en.interfax.com.ua/news/general/907497.html'
    }
  },
  {
    ...losses,
    id: 'ctx-bakhmut-kirby-killed',
    kind: 'context',
    battle: 'bakhmut',
    low: 20000,
    openHigh: true,
    approximate: false,
    definition: 'K',
    scope: 'partial',
    scopeNote: 'Dec 2022 – Apr 2023 only; about half Wagner',
    confidence: 'High',
    citation: {
      who: 'US NSC (John Kirby), killed component',
      short: 'US NSC (Kirby), killed',
      title: 'US says over 20,000 Russians killed in Bakhmut since December',
      publisher: 'RTÉ',
      date: '2023-05-01',
      url: 'https://www.rte.ie/news/2023/0501/1380070-ukraine-russia'
    }
  },
  {
    ...losses,
    id: 'ctx-bakhmut-western-official',
    kind: 'context',
    battle: 'bakhmut',
    low: 60000,
    openHigh: true,
    approximate: false,
    definition: 'K+W',
    scope: 'whole',
    scopeNote: 'Bakhmut–Popasna sector over about a year; “at least a third killed”',
    confidence: 'High',
    citation: {
      who: 'Western official (to Sky News)',
      short: 'Western official',
      title: 'Russia suffers 60,000 casualties in Bakhmut',
      publisher: 'Kyiv Independent',
      date: '2023-06-02',
      url: 'https://kyivindependent.com/russia-suffers-60-000-casualties-in-bakhmut/'
    }
  },
  {
    ...losses,
    id: 'ctx-bakhmut-uk-osce',
    kind: 'context',
    battle: 'bakhmut',
    low: 20000,
    high: 30000,
    openHigh: false,
    approximate: false,
    definition: 'K+W',
    scope: 'partial',
    scopeNote: 'May 2022 – mid-Mar 2023, two months before the battle ended',
    confidence: 'High',
    citation: {
      who: 'UK delegation to the OSCE (Ian Stubbs)',
      short: 'UK at the OSCE',
      title: 'UK at the OSCE on Russian losses around Bakhmut',
      publisher: 'Ukrainska Pravda',
      date: '2023-03-16',
      url: 'https://www.pravda.com.ua/eng/news/2023/03/16/7393640/'
    }
  },
  {
    ...losses,
    id: 'ctx-bakhmut-nyt-anon',
    kind: 'context',
    battle: 'bakhmut',
    low: 120000,
    openHigh: true,
    approximate: true,
    definition: 'K+W',
    scope: 'partial',
    scopeNote: '≥20,000 killed + >100,000 wounded; “very rough”, assessed about Mar 2023',
    confidence: 'Medium-Low',
    citation: {
      who: 'Senior Ukrainian military official (anonymous, to the NYT)',
      short: 'Ukrainian official (NYT)',
      title: 'Russia claims Bakhmut but some see a Pyrrhic victory',
      titleKind: 'headline',
      publisher: 'McCourier (re-publishing The New York Times)',
      date: '~2023-05-22',
      url: 'https://www.mccourier.com/russia-claims-bakhmut-but-some-see-a-pyrrhic-victory/'
    }
  },
  {
    ...losses,
    id: 'ctx-bakhmut-prigozhin',
    kind: 'context',
    battle: 'bakhmut',
    low: 20000,
    openHigh: true,
    approximate: false,
    definition: 'K',
    scope: 'subset',
    scopeNote: 'Wagner fighters only; a self-interested source',
    confidence: 'Medium',
    citation: {
      who: 'Yevgeny Prigozhin (Wagner)',
      short: 'Prigozhin (Wagner)',
      title: 'Prigozhin says 20,000 Wagner fighters were killed in Bakhmut battle',
      publisher: 'Antiwar.com',
      date: '2023-05-24',
      url: 'https://news.antiwar.com/2023/05/24/prigozhin-says-20000-wagner-fighters-were-killed-in-bakhmut-battle/'
    }
  },
  {
    ...losses,
    id: 'ctx-bakhmut-mediazona',
    kind: 'context',
    battle: 'bakhmut',
    low: 19547,
    high: 19547,
    openHigh: false,
    approximate: false,
    definition: 'documented-K',
    scope: 'subset',
    scopeNote: 'Wagner only (17,175 of them convicts); excludes the regular army',
    confidence: 'High',
    citation: {
      who: 'Mediazona + BBC Russian (Wagner documents)',
      short: 'Mediazona + BBC',
      title: 'The price of Bakhmut',
      titleKind: 'headline',
      publisher: 'Mediazona',
      date: '2024-06-10',
      url: 'https://zona.media/translate/2024/06/10/wagner'
    }
  },
  {
    ...losses,
    id: 'ctx-avdiivka-tarnavskyi',
    kind: 'context',
    battle: 'avdiivka',
    low: 47186,
    high: 47186,
    openHigh: false,
    approximate: false,
    definition: 'K+W',
    scope: 'whole',
    scopeNote: '10 Oct 2023 – 17 Feb 2024',
    confidence: 'High',
    citation: {
      who: 'Brig. Gen. Oleksandr Tarnavskyi (Ukraine, Tavria group)',
      short: 'Tarnavskyi (UA)',
      title: 'AFU calculate losses of Russian military near Avdiivka',
      publisher: 'Ukrainian News',
      date: '2024-02',
      url: 'https://ukranews.com/en/news/985396-afu-calculate-losses-of-russian-military-near-avdiivka'
    }
  },
  {
    ...losses,
    id: 'ctx-avdiivka-wikipedia',
    kind: 'context',
    battle: 'avdiivka',
    low: 47000,
    high: 47000,
    openHigh: false,
    approximate: false,
    definition: 'K+W',
    scope: 'whole',
    scopeNote: '17,000 killed + 30,000 wounded, per Ukraine',
    confidence: 'Medium',
    citation: {
      who: 'Ukraine, per the Wikipedia infobox',
      short: 'Ukraine, via Wikipedia',
      title: 'Battle of Avdiivka (2023–2024)',
      titleKind: 'headline',
      publisher: 'Wikipedia',
      date: 'stored copy, 2026',
      url: 'https://en.wikipedia.org/wiki/Battle_of_Avdiivka_(2023%E2%80%932024)'
    }
  },
  {
    ...losses,
    id: 'ctx-avdiivka-lykhovyi-killed',
    kind: 'context',
    battle: 'avdiivka',
    low: 17000,
    openHigh: true,
    approximate: false,
    definition: 'K',
    scope: 'whole',
    scopeNote: 'whole battle, killed only',
    confidence: 'Medium',
    citation: {
      who: 'Ukraine (Dmytro Lykhovyi, via the Telegraph)',
      short: 'Lykhovyi (UA), killed',
      title: 'Counting the colossal cost of capturing Avdiivka',
      publisher: 'Business Insider (via Yahoo News)',
      date: '2024-02-18',
      url: 'https://news.yahoo.com/counting-colossal-cost-capturing-avdiivka-163448288.html'
    }
  },
  {
    ...losses,
    id: 'ctx-avdiivka-murz',
    kind: 'context',
    battle: 'avdiivka',
    low: 16000,
    high: 16000,
    openHigh: false,
    approximate: false,
    definition: 'irrecoverable',
    scope: 'whole',
    scopeNote: 'whole battle; unverified, the post was deleted',
    confidence: 'Low',
    citation: {
      who: 'Andrei “Murz” Morozov (Russian pro-war milblogger)',
      short: '“Murz” (RU blogger)',
      title: 'Andrei Morozov (Murz) dies after posting Avdiivka losses',
      publisher: 'Newsweek',
      date: '2024-02-21',
      url: 'http://europe.newsweek.com/andrei-morozov-murz-dies-suicide-avdiivka-losses-1871868'
    }
  },
  {
    ...losses,
    id: 'ctx-avdiivka-zaluzhnyi',
    kind: 'context',
    battle: 'avdiivka',
    low: 10000,
    high: 10000,
    openHigh: false,
    approximate: true,
    definition: 'K+W',
    scope: 'partial',
    scopeNote: 'first month only',
    confidence: 'Medium',
    citation: {
      who: 'Gen. Valerii Zaluzhnyi (Ukraine)',
      short: 'Zaluzhnyi (UA)',
      title: 'Ukraine’s army chief reports 10,000 Russian casualties in Avdiivka battle',
      publisher: 'Euromaidan Press',
      date: '2023-11-10',
      url: 'https://euromaidanpress.com/2023/11/10/ukraines-army-chief-reports-10000-russian-casualties-in-avdiivka-battle/'
    }
  },
  {
    ...losses,
    id: 'ctx-avdiivka-shtupun',
    kind: 'context',
    battle: 'avdiivka',
    low: 25000,
    high: 25000,
    openHigh: false,
    approximate: true,
    definition: 'K+W',
    scope: 'partial',
    scopeNote: '~10 Oct – 20 Dec 2023, whole Tavria zone, ~80% around Avdiivka',
    confidence: 'Medium',
    citation: {
      who: 'Col. Oleksandr Shtupun (Ukraine, Tavria group)',
      short: 'Shtupun (UA)',
      title: 'Russia losing 10,000 troops per kilometer gained around Avdiivka',
      publisher: 'Ukraine Today (Newsweek)',
      date: '2023-12-21',
      url: 'https://ukrainetoday.org/russia-losing-10000-troops-per-kilometer-gained-around-avdiivka-ukraine/'
    }
  },
  {
    ...losses,
    id: 'ctx-pokrovsk-belskyi',
    kind: 'context',
    battle: 'pokrovsk',
    high: 60000,
    openHigh: false,
    approximate: false,
    definition: 'K',
    scope: 'partial',
    scopeNote:
      '“up to”, killed only, ~10 months to Sep 2025 (not the whole battle); his own arithmetic (150–200 killed a day)',
    confidence: 'Low-Medium',
    citation: {
      who: 'Oleksiy Belskyi (spokesman, OSUV “Dnipro”, Ukraine)',
      short: 'Belskyi (UA), killed',
      title: 'OSUV “Dnipro” spokesman on Russian losses on the Pokrovsk direction',
      publisher: 'Obozrevatel',
      date: '2025-09-04',
      url: 'https://war.obozrevatel.com/berut-strategicheskij-gorod-bolee-10-mesyatsev-v-osuv-dnepr-ozvuchili-poteri-rossii-na-pokrovskom-napravlenii-karta.htm'
    }
  },
  {
    ...losses,
    id: 'ctx-pokrovsk-sheremeta',
    kind: 'context',
    battle: 'pokrovsk',
    low: 120000,
    high: 120000,
    openHigh: false,
    approximate: true,
    definition: 'undefined',
    scope: 'partial',
    scopeNote:
      'undefined scope: “lost” (not said whether killed, wounded or both), ~1 year to Nov 2025, no method given',
    confidence: 'Low',
    citation: {
      who: 'Roman Sheremeta (economist, post on X)',
      short: 'Sheremeta (economist)',
      title: 'Professor: Russia advances like a snail at a giant cost',
      publisher: 'Verkkouutiset',
      date: '2025-11-02',
      url: 'https://www.verkkouutiset.fi/a/jattitappioita-taistelussa-professorin-mukaan-venaja-etenee-kuin-etana/'
    }
  },
  {
    ...losses,
    id: 'ctx-pokrovsk-syrskyi-jan',
    kind: 'context',
    battle: 'pokrovsk',
    low: 15000,
    high: 15000,
    openHigh: false,
    approximate: false,
    definition: 'K+W+MIA',
    scope: 'partial',
    scopeNote: 'January 2025 only (7,000 of them killed)',
    confidence: 'High',
    citation: {
      who: 'Gen. Oleksandr Syrskyi via Viktor Trehubov (Ukraine)',
      short: 'Syrskyi (UA), Jan 2025',
      title: 'Russian losses near Pokrovsk in January',
      publisher: 'Ukrainska Pravda',
      date: '2025-02-06',
      url: 'https://www.pravda.com.ua/eng/news/2025/02/6/7497004/'
    }
  },
  {
    ...losses,
    id: 'ctx-pokrovsk-syrskyi-jan-killed',
    kind: 'context',
    battle: 'pokrovsk',
    low: 7000,
    high: 7000,
    openHigh: false,
    approximate: false,
    definition: 'K',
    scope: 'partial',
    scopeNote: 'January 2025 only',
    confidence: 'High',
    citation: {
      who: 'Gen. Oleksandr Syrskyi via Viktor Trehubov, killed component',
      short: 'Syrskyi (UA), Jan, killed',
      title: 'Russian losses near Pokrovsk in January',
      publisher: 'Ukrainska Pravda',
      date: '2025-02-06',
      url: 'https://www.pravda.com.ua/eng/news/2025/02/6/7497004/'
    }
  },
  {
    ...losses,
    id: 'ctx-pokrovsk-zelensky-oct',
    kind: 'context',
    battle: 'pokrovsk',
    low: 25000,
    high: 25000,
    openHigh: false,
    approximate: false,
    definition: 'K+W',
    scope: 'partial',
    scopeNote: 'October 2025 only',
    confidence: 'Medium',
    citation: {
      who: 'President Volodymyr Zelensky (Guardian interview)',
      short: 'Zelensky, Oct 2025',
      title: 'Zelensky interview with The Guardian, as reported',
      publisher: 'EA WorldView',
      date: '2025-11-09 (approx.)',
      url: 'https://eaworldview.com/?p=159211'
    }
  },
  {
    ...losses,
    id: 'ctx-pokrovsk-7th-corps',
    kind: 'context',
    battle: 'pokrovsk',
    low: 9600,
    openHigh: true,
    approximate: false,
    definition: 'K+W',
    scope: 'partial',
    scopeNote: '>7,000 killed + >2,600 wounded; corps zone only, ~Aug–Dec 2025',
    confidence: 'Medium',
    citation: {
      who: '7th Air Assault Corps (Ukraine)',
      short: '7th Air Assault Corps',
      title: 'Battle for Pokrovsk: over 7,000 occupiers eliminated in the agglomeration in five months',
      publisher: 'UNN',
      date: '2026-01-01',
      url: 'https://unn.ua/en/news/battle-for-pokrovsk-over-7000-occupiers-eliminated-in-the-agglomeration-in-five-months-air-assault-forces'
    }
  }
];
