import type { ContextNote } from './schema';

// Context we add to the article's claims: dated, cited, from ../shared/facts (copied into
// data/facts/). Never mixed into the author's words; shown beside them, marked as context.

const AS_OF = '2026-03';

export const contextNotesInput: ContextNote[] = [
  {
    id: 'publication',
    title: 'Where and when this appeared',
    text: 'The op-ed was published by The Gaze (thegaze.media), an English-language outlet funded by the Ukrainian state and launched on 2 June 2023. The page shows no date. Its content points to late October – early December 2025: it treats a Ukrainian withdrawal as hypothetical and does not mention Russia’s 1 December 2025 claim to have taken Pokrovsk. We found no independent biography of the author or of the United Ukraine Think Tank.',
    asOf: AS_OF,
    sources: [
      {
        title: 'Russia’s Costly Assault on Pokrovsk Brings No Strategic Gain',
        publisher: 'The Gaze',
        date: 'undated (est. Nov 2025)',
        url: 'https://thegaze.media/news/russias-costly-assault-on-pokrovsk-brings-no-strategic-gain'
      },
      {
        title: 'A new state media in English was launched in Ukraine',
        publisher: 'Babel',
        date: '2023-06-02',
        url: 'https://babel.ua/en/news/94639-a-new-state-english-language-media-was-launched-in-ukraine'
      }
    ]
  },
  {
    id: 'article-total',
    title: '“Hundreds of thousands”?',
    text: 'The article’s own figures for the three battles add up to roughly 210,000–250,000 killed and wounded, mostly from Ukrainian estimates. Documented deaths are far lower: Mediazona and BBC Russian identified 19,547 Wagner fighters killed at Bakhmut.',
    asOf: AS_OF,
    sources: [
      {
        title: 'Wagner’s losses in Bakhmut, from the group’s own documents',
        publisher: 'Mediazona',
        date: '2024-06-10',
        url: 'https://zona.media/translate/2024/06/10/wagner'
      }
    ]
  },
  {
    id: 'battle-dates',
    title: 'How long each battle lasted',
    text: 'Bakhmut: main assault from 1 August 2022 (some count from July) to Russia’s capture claim on 20 May 2023. Avdiivka: 10 October 2023 to Ukraine’s withdrawal on 17 February 2024. The push on Pokrovsk began after Avdiivka fell in February 2024 or, by a narrower count, with the assault on Prohres in mid-July 2024. Russian groups first entered the city on 17 July 2025.',
    asOf: AS_OF,
    sources: [
      { title: 'Battle of Bakhmut', publisher: 'Wikipedia', date: 'stored copy, 2026', url: 'https://en.wikipedia.org/wiki/Battle_of_Bakhmut' },
      {
        title: 'Battle of Avdiivka (2023–2024)',
        publisher: 'Wikipedia',
        date: 'stored copy, 2026',
        url: 'https://en.wikipedia.org/wiki/Battle_of_Avdiivka_(2023%E2%80%932024)'
      },
      {
        title: 'Ukrainian forces defend in encirclement as Russia advances in Donetsk Oblast',
        publisher: 'Euromaidan Press',
        date: '2024-07-24',
        url: 'https://euromaidanpress.com/2024/07/24/ukrainian-forces-defend-in-encirclement-as-russia-advances-in-donetsk-oblast/'
      }
    ]
  },
  {
    id: 'pokrovsk-losses',
    title: 'No sourced total for Pokrovsk',
    text: 'We found no official or independent cumulative figure for Pokrovsk. Ukrainian partial figures: 15,000 killed, wounded and missing in January 2025 alone (Gen. Syrskyi); 25,000 killed and wounded in October 2025 alone (President Zelensky); “up to 60,000” killed over about ten months (a spokesman’s own arithmetic). “Severely wounded” is a narrower category than the usual “killed and wounded”.',
    asOf: AS_OF,
    sources: [
      {
        title: 'Russian losses near Pokrovsk in January (Syrskyi via Trehubov)',
        publisher: 'Ukrainska Pravda',
        date: '2025-02-06',
        url: 'https://www.pravda.com.ua/eng/news/2025/02/6/7497004/'
      },
      { title: 'Zelensky interview with The Guardian, as reported', publisher: 'EA WorldView', date: '2025-11-09 (approx.)', url: 'https://eaworldview.com/?p=159211' },
      {
        title: 'OSUV “Dnipro” spokesman on Russian losses on the Pokrovsk direction',
        publisher: 'Obozrevatel',
        date: '2025-09-04',
        url: 'https://war.obozrevatel.com/berut-strategicheskij-gorod-bolee-10-mesyatsev-v-osuv-dnepr-ozvuchili-poteri-rossii-na-pokrovskom-napravlenii-karta.htm'
      }
    ]
  },
  {
    id: 'bakhmut-losses',
    title: 'Other estimates for Bakhmut',
    text: 'The US National Security Council said on 1 May 2023 that Russia had lost more than 100,000 killed and wounded from December 2022 to April 2023 alone, over 20,000 of them killed. A Western official put it at no fewer than 60,000 in the Bakhmut–Popasna sector over about a year. Documented Wagner deaths: 19,547.',
    asOf: AS_OF,
    sources: [
      { title: 'Kirby: Russia lost over 100,000 killed and wounded since December', publisher: 'Interfax-Ukraine', date: '2023-05-01', url: 'https://en.interfax.com.ua/news/general/907497.html' },
      { title: 'Russia suffers 60,000 casualties in Bakhmut', publisher: 'The Kyiv Independent', date: '2023-06-01', url: 'https://kyivindependent.com/russia-suffers-60-000-casualties-in-bakhmut/' },
      { title: 'Wagner’s losses in Bakhmut, from the group’s own documents', publisher: 'Mediazona', date: '2024-06-10', url: 'https://zona.media/translate/2024/06/10/wagner' }
    ]
  },
  {
    id: 'avdiivka-losses',
    title: 'Avdiivka: a Ukrainian count',
    text: 'Brig. Gen. Oleksandr Tarnavskyi put Russian losses at 47,186 killed and wounded between 10 October 2023 and 17 February 2024, which fits the article’s range. We found no independent Western figure.',
    asOf: AS_OF,
    sources: [
      {
        title: 'AFU calculate losses of Russian military near Avdiivka',
        publisher: 'Ukrainian News',
        date: '2024-02-18',
        url: 'https://ukranews.com/en/news/985396-afu-calculate-losses-of-russian-military-near-avdiivka'
      }
    ]
  },
  {
    id: 'withdrawal-record',
    title: 'Avdiivka was a withdrawal; Bakhmut was not',
    text: 'Announcing the withdrawal from Avdiivka on 17 February 2024, Gen. Syrskyi cited “the lives and health of the servicemen”. Bakhmut was different: on 6 March 2023 President Zelensky said both of his generals advised “do not withdraw and reinforce”, and Ukraine held part of the city until Russia’s capture claim on 20 May 2023.',
    asOf: AS_OF,
    sources: [
      {
        title: 'Ukrainian defenders withdraw from Avdiivka to prepared positions',
        publisher: 'Ukrinform via MENAFN',
        date: '2024-02-17',
        url: 'https://menafn.com/1107863319/Ukrainian-Defenders-Withdraw-From-Avdiivka-To-Prepared-Positions'
      },
      {
        title: 'Zelensky says Ukraine will not withdraw from Bakhmut despite Russian assaults',
        publisher: 'The Kyiv Independent',
        date: '2023-03-06',
        url: 'https://kyivindependent.com/news-feed/zelensky-says-ukraine-will-not-withdraw-from-bakhmut-despite-russian-assaults'
      }
    ]
  },
  {
    id: 'withdrawal-debate',
    title: 'What officials said about Pokrovsk',
    text: 'On 13 November 2025 President Zelensky told Bloomberg that a withdrawal was for commanders to decide: “Nobody is forcing them to die for the sake of ruins.” Russia claimed the city on 1 December 2025; Ukraine disputed it. On 9 December Gen. Syrskyi said he had pulled troops back from some positions 5–7 km from the city. By March 2026 Ukraine said it still held northern positions and had announced no withdrawal.',
    asOf: AS_OF,
    sources: [
      { title: 'Zelensky to Bloomberg on Pokrovsk', publisher: 'Interfax-Ukraine', date: '2025-11-13', url: 'https://en.interfax.com.ua/news/general/1120170.html' },
      {
        title: 'Russian army claims capture of key city of Pokrovsk',
        publisher: 'The Moscow Times',
        date: '2025-12-02',
        url: 'https://www.themoscowtimes.com/2025/12/02/russian-army-claims-capture-of-key-city-of-pokrovsk-in-eastern-ukraine-a91299'
      },
      {
        title: 'Top Ukrainian commander: troops hold part of Pokrovsk but have withdrawn from some positions (Reuters)',
        publisher: 'SRN News',
        date: '2025-12-09',
        url: 'https://srnnews.com/top-ukrainian-commander-troops-hold-part-of-pokrovsk-but-have-withdrawn-from-some-positions'
      },
      {
        title: 'Pokrovsk after four months of fighting',
        publisher: 'Radio Svoboda',
        date: '2026-03-06',
        url: 'https://www.radiosvoboda.org/a/pokrovsk-pislya-chotyrokh-misyatsiv-boyiv/33697767.html'
      }
    ]
  },
  {
    id: 'mine',
    title: 'The mine: shut by its owner, claimed by Russia',
    text: 'The Pokrovske colliery (Metinvest), spread over several sites west of the town, was Ukraine’s only producer of coking coal. Metinvest suspended one shaft on 12 December 2024 and the whole mine on 14 January 2025, while it was still under Ukrainian control. Claims that Russian forces captured it (September–October 2025) come only from Russian officials and milbloggers; we found no independent confirmation.',
    asOf: AS_OF,
    sources: [
      {
        title: 'Metinvest suspends operations at Pokrovsk coking coal mine amid security concerns',
        publisher: 'The Kyiv Independent',
        date: '2025-01-14',
        url: 'https://kyivindependent.com/metinvest-suspends-operations-at-pokrovsk-coking-coal-mine-amid-security-concerns/'
      },
      { title: 'Metinvest suspends Pishchane site', publisher: 'Ukrainska Pravda', date: '2024-12-13', url: 'https://www.pravda.com.ua/eng/news/2024/12/13/7488933/' },
      {
        title: 'DPR claims capture of the region’s largest coal enterprise',
        publisher: 'News.ru',
        date: '2025-09-09',
        url: 'https://news.ru/regions/v-dnr-soobshili-ob-osvobozhdenii-krupnejshego-ugolnogo-predpriyatiya-regiona'
      }
    ]
  },
  {
    id: 'lithium',
    title: 'Which Shevchenko',
    text: 'The Shevchenkivske lithium deposit (about 40 ha, mostly spodumene, never mined) lies on the eastern edge of the village of Shevchenko near the Dnipropetrovsk oblast border — not the village of the same name next to Pokrovsk. Russian forces reached it around 20–26 June 2025; Ukraine said on 27 June that fighting continued. In January 2025 some Russian outlets had confused the two villages.',
    asOf: AS_OF,
    sources: [
      {
        title: 'Clashes ongoing in eastern Ukrainian village near lithium deposits',
        publisher: 'The Kyiv Independent',
        date: '2025-06-27',
        url: 'https://kyivindependent.com/nobot/clashes-ongoing-in-eastern-ukrainian-village-near-lithium-deposits-as-military-rejects-claims-of-russian-capture-moves-to-occupy-one-of-ukraines-largest-lithium-deposits-now-located-in/'
      },
      { title: 'Le Figaro on the Shevchenko lithium deposit', publisher: 'Ukrainska Pravda', date: '2025-06-27', url: 'https://www.pravda.com.ua/eng/news/2025/06/27/7519044/' }
    ]
  },
  {
    id: 'lithium-value',
    title: 'An assessment, not a finding',
    text: 'That the resources are worth “zero” to Russia is the author’s judgement. Before the war the deposit had an exploration target but no producing mine, and its licence was tied up in Ukrainian courts. Reports that Rosatom’s mining arm obtained permits from the occupation authorities are low-confidence.',
    asOf: AS_OF,
    sources: [
      {
        title: 'There’s big potential in European Lithium’s new Ukrainian ground',
        publisher: 'Stockhead',
        date: '2021-11',
        url: 'https://stockhead.com.au/resources/theres-big-potential-in-european-lithiums-new-ukrainian-ground/'
      },
      { title: 'Occupiers want to seize lithium deposits in Donetsk region', publisher: 'Lenta.ua', date: 'undated', url: 'https://lenta.ua/okupanti-hochut-zahopiti-rodovishcha-litiyu-na-donechchini-151412' }
    ]
  },
  {
    id: 'shells',
    title: 'Shell counts depend on who counts',
    text: 'We found no shells-per-day figure specific to Pokrovsk. Front-wide, Ukrainian officials reported 20,000–70,000 Russian rounds a day in 2022–2024, US and Western officials about 5,000–20,000. Next to those, “over 10 thousand” is a low figure.',
    asOf: AS_OF,
    sources: [
      { title: 'Russian artillery fire down nearly 75%, US officials say (CNN)', publisher: 'Defense Mirror', date: '2023-01', url: 'https://defensemirror.com/news/33439' },
      {
        title: 'Syrskyi on the ratio of ammunition use',
        publisher: 'Censor.net (Interfax-Ukraine)',
        date: '2024-08-20',
        url: 'https://censor.net/en/news/3505734/syrskyi_told_about_the_ratio_of_ammunition_in_the_ukrainian_armed_forces_and_the_enemy'
      }
    ]
  },
  {
    id: 'shells-drop',
    title: 'A drop, with a different cause',
    text: 'In April 2025 Gen. Syrskyi said Russian use had fallen from about 40,000 to about 23,000 rounds a day, later 27,000–28,000, and credited Ukrainian strikes on depots and factories, not sanctions.',
    asOf: AS_OF,
    sources: [
      {
        title: 'Ukraine’s deep strikes cut Russia’s ammunition use by half, military chief says',
        publisher: 'The Kyiv Independent',
        date: '2025-04-09',
        url: 'https://kyivindependent.com/ukraines-deep-strikes-cut-russias-ammunition-use-by-half-military-chief-says/'
      }
    ]
  }
];
