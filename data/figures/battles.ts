import type { BattlePeriod, FigureInput } from './figure-schema';

// When each battle ran, from data/raw/facts/battles.csv (data/raw/facts/FACTS.md §2). Pokrovsk
// has no agreed start or end: two start conventions, and an end that is only Russia's disputed
// capture claim, so the record carries a start range and an open end. The article's own duration
// is a claim below.

const WIKI_BAKHMUT = {
  who: 'Wikipedia contributors',
  title: 'Battle of Bakhmut',
  titleKind: 'headline',
  publisher: 'Wikipedia',
  date: 'stored copy, 2026',
  url: 'https://en.wikipedia.org/wiki/Battle_of_Bakhmut'
} as const;

export const battlePeriods: BattlePeriod[] = [
  {
    battle: 'bakhmut',
    start: { earliest: '2022-08-01', latest: '2022-08-01', note: 'main assault; some count from July 2022' },
    end: {
      date: '2023-05-20',
      note: 'Russian capture claim (Wagner + RU MoD); Ukraine held the flanks',
      disputed: false
    },
    asOf: '2026-03-01',
    citations: [
      WIKI_BAKHMUT,
      {
        who: 'Yevgeny Prigozhin; Russian MoD',
        title: 'Russia says Wagner private army, with help from Russian troops, seized Bakhmut',
        titleKind: 'headline',
        publisher: 'Newschain (PA)',
        date: '2023-05-20',
        url: 'https://www.newschainonline.com/news/world-news/russia-says-wagner-private-army-with-help-from-russian-troops-seized-bakhmut-338162'
      }
    ]
  },
  {
    battle: 'avdiivka',
    start: { earliest: '2023-10-10', latest: '2023-10-10', note: 'Russian offensive launched' },
    end: {
      date: '2024-02-17',
      note: 'Ukrainian withdrawal announced (Syrskyi) and Russian capture claim',
      disputed: false
    },
    asOf: '2026-03-01',
    citations: [
      {
        who: 'Wikipedia contributors',
        title: 'Battle of Avdiivka (2023–2024)',
        titleKind: 'headline',
        publisher: 'Wikipedia',
        date: 'stored copy, 2026',
        url: 'https://en.wikipedia.org/wiki/Battle_of_Avdiivka_(2023%E2%80%932024)'
      },
      {
        who: 'Gen. Oleksandr Syrskyi (via Ukrinform)',
        title: 'Ukrainian defenders withdraw from Avdiivka to prepared positions',
        publisher: 'MENAFN (Ukrinform)',
        date: '2024-02-17',
        url: 'https://menafn.com/1107863319/Ukrainian-Defenders-Withdraw-From-Avdiivka-To-Prepared-Positions'
      }
    ]
  },
  {
    battle: 'pokrovsk',
    start: {
      earliest: '2024-02-17',
      latest: '2024-07-17',
      note: 'after the fall of Avdiivka (Feb 2024), or with the assault on Prohres (mid-July 2024)'
    },
    end: {
      claimed: '2025-12-01',
      note: 'Russia claimed the city on 1 Dec 2025; ISW was reported on 26 Feb 2026 as assessing its capture likely complete; Ukraine disputed both and had announced no withdrawal as of early Jul 2026',
      disputed: true
    },
    // The latest dated news page in the fact base (ADDENDUM-2026-12, coverage warning: early July 2026).
    asOf: '2026-07-03',
    citations: [
      {
        who: 'Delfi',
        title: 'Will Pokrovsk become the next meat grinder of Ukraine’s war?',
        titleKind: 'headline',
        translated: true,
        publisher: 'Delfi (Estonia)',
        date: '2024-12',
        url: 'https://forte.delfi.ee/artikkel/120344289/rullivad-linna-pideva-pommitamisega-maatasa-ja-piiravad-umber-kas-pokrovskist-saab-ukraina-soja-jargmine-hakklihamasin'
      },
      {
        who: 'Euromaidan Press',
        title: 'Ukrainian forces defend in encirclement as Russia advances in Donetsk Oblast',
        publisher: 'Euromaidan Press',
        date: '2024-07-24',
        url: 'https://euromaidanpress.com/2024/07/24/ukrainian-forces-defend-in-encirclement-as-russia-advances-in-donetsk-oblast/'
      },
      {
        who: 'Russian army (Gerasimov), as reported',
        title: 'Russian Army Claims Capture of Key City of Pokrovsk in Eastern Ukraine',
        titleKind: 'headline',
        publisher: 'The Moscow Times',
        date: '2025-12-02',
        url: 'https://www.themoscowtimes.com/2025/12/02/russian-army-claims-capture-of-key-city-of-pokrovsk-in-eastern-ukraine-a91299'
      },
      {
        who: 'Radio Svoboda (Donbas Realii)',
        title: 'Pokrovsk after four months of fighting',
        publisher: 'Radio Svoboda',
        date: '2026-03-06',
        url: 'https://www.radiosvoboda.org/a/pokrovsk-pislya-chotyrokh-misyatsiv-boyiv/33697767.html'
      },
      {
        who: 'ISW, as reported',
        title: 'ISW: no evidence of Ukrainian activity in Pokrovsk since late January',
        publisher: 'Radio Svoboda (RFE/RL)',
        date: '2026-02-26',
        url: 'https://www.radiosvoboda.org/a/news-isw-pokrovsk/33688777.html'
      },
      {
        who: 'Skhid group (Ukraine), as reported',
        title: 'ISW says Pokrovsk likely occupied; Skhid group explains what is really happening',
        titleKind: 'headline',
        translated: true,
        publisher: '24 Kanal',
        date: '2026-02-26',
        url: 'https://24tv.ua/ru/isw-zajavljaet-o-verojatnoj-okkupacii-pokrovska-v-uv-vostok-rasskazali-chto-proishodit-na-samom-dele_n3017766/amp'
      }
    ]
  }
];

/** The latest date the article's "over a year" can reach: it does not mention the 1 Dec 2025 capture claim. */
export const ARTICLE_DATE_LATEST = '2025-12-01';

const duration = { metric: 'duration', unit: 'months', battle: 'pokrovsk', kind: 'claim', scope: 'whole' } as const;

export const durationClaims: FigureInput[] = [
  {
    ...duration,
    id: 'claim-pokrovsk-over-a-year',
    low: 12,
    openHigh: true,
    approximate: false,
    scopeNote: 'to the article’s date (est. Nov 2025)',
    paragraph: 'p1',
    quote: 'storming Pokrovsk for over a year'
  },
  {
    ...duration,
    id: 'claim-pokrovsk-a-year',
    low: 12,
    high: 12,
    openHigh: false,
    approximate: true,
    scopeNote: 'to the article’s date (est. Nov 2025)',
    paragraph: 'p8',
    quote: 'Having spent a year on Pokrovsk'
  }
];
