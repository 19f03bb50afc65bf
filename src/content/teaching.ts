import type { TeachingInput } from './teaching-schema';

// Teaching notes for presenter mode and the handout: one per article section, each resting on
// the paragraphs it summarises. Facts beyond the article come from the context notes
// (context.ts, checked up to March 2026); the questions ask students to weigh them, not recite them.

export const teachingInput: TeachingInput = [
  {
    section: 'title',
    summary:
      'The author opens with a long, costly Russian offensive and an asymmetry: Pokrovsk is important but not critical for Ukraine, a symbol for Russia. He puts Russian losses at about 100,000 “killed and severely wounded”, a figure he attributes to Ukraine’s forces. No official or independent cumulative count exists; Ukrainian partial figures (15,000 in January 2025, 25,000 in October 2025) make the order of magnitude plausible but unverified. The op-ed appeared, undated, in The Gaze, a state-funded Ukrainian outlet.',
    paragraphs: ['dek', 'p1', 'p2', 'byline'],
    questions: [
      'The 100,000 figure comes from one side of the war and counts “killed and severely wounded”. Before repeating a casualty figure, what would you want to know about who counted, what was counted and over what period?',
      'The author calls Pokrovsk “important, but not critical in a strategic sense”. What gives a town strategic value — roads and rail, resources, terrain, the lines behind it, symbolism — and which apply here?',
      'The piece was published by a state-funded outlet and carries no date. How should that change the way we read it, and how could you work out when it was written?'
    ]
  },
  {
    section: 'h1',
    summary:
      'A withdrawal from Pokrovsk, the author argues, would preserve soldiers rather than mark a defeat, as he says it did at Bakhmut and Avdiivka, where Russia lost 70,000–100,000 and 40,000–50,000. The record splits: at Avdiivka (17 February 2024) Gen. Syrskyi withdrew troops “in order to avoid encirclement and preserve the lives and health of the servicemen”; at Bakhmut, in March 2023, Ukraine’s leaders chose “do not withdraw and reinforce”, and the battle ended with Russia’s capture claim on 20 May 2023. Published Bakhmut estimates run from 19,547 documented Wagner deaths to over 100,000 killed and wounded in five months.',
    paragraphs: ['h1', 'p3', 'p4', 'p5'],
    questions: [
      'The author says the same decision was made at Bakhmut and Avdiivka. Compare Syrskyi’s Avdiivka statement with Zelensky’s March 2023 account of Bakhmut. Why might an argument blur the two cases?',
      'Published figures for Russian losses at Bakhmut run from 19,547 documented Wagner deaths to over 100,000 killed and wounded. Why do the two sides’ and outside estimates differ: definitions (killed, wounded, missing), period, area, method, and what each side gains from its number?',
      '“The main resource is not square kilometers, but trained units.” What does trading ground for soldiers cost, and who bears that cost?'
    ]
  },
  {
    section: 'h2',
    summary:
      'The author concedes that Russia gained the Pokrovsk coal mine and much of the Shevchenko lithium deposit, but argues that it cannot profit from them under sanctions. Context: Metinvest shut the mine, Ukraine’s only source of coking coal, on 14 January 2025; claims that Russia captured it come only from Russian sources. The lithium deposit lies by the village of Shevchenko near the Dnipropetrovsk border, reached by Russian forces in June 2025 — not the Shevchenko next to Pokrovsk, which Russian outlets confused it with in January 2025. It was never developed.',
    paragraphs: ['h2', 'p6', 'p7'],
    questions: [
      'There are two villages called Shevchenko in Donetsk oblast, and Russian media mixed them up. How would you check which place a claim is about, and why does it matter on a map?',
      'The op-ed states the mine’s capture as fact, but only Russian officials and bloggers claimed it. How should a writer word a claim that only one side makes?',
      'Is “no economic gain for Russia” the same as “no economic loss for Ukraine”? Consider what closing the country’s only coking-coal mine meant for its steel industry.'
    ]
  },
  {
    section: 'h3',
    summary:
      'Russia, the author writes, has a dangerous tactic but no strategy: it can mass forces in one place but not break through, and its shelling — over 10,000 rounds a day at times near Pokrovsk — has dropped because of sanctions and exhaustion. We found no Pokrovsk-specific shelling figure. Front-wide estimates differ by source, from about 5,000 a day (US officials, early 2023) to 60,000–70,000 (Ukrainian officials, early 2024); Ukraine’s commander credits the 2025 decline to strikes on depots and factories, not to sanctions.',
    paragraphs: ['h3', 'p8', 'p9'],
    questions: [
      'What is the difference between a tactic and a strategy? What evidence would show whether Russia could take “all of Donbas”?',
      'Ukrainian and US officials gave shells-per-day figures for the same months that differ several times over. What might each be counting — calibres, mortars, one sector or the whole front?',
      'The author credits sanctions for the drop in shelling; Gen. Syrskyi credits Ukrainian strikes. How could you test a causal claim like this?'
    ]
  },
  {
    section: 'h4',
    summary:
      'Ukraine can stabilise the front, the author concludes, only if the West delivers faster: shells, rocket systems, long-range strikes, air defence and drones. The lesson he draws from Bakhmut and Avdiivka is to withdraw, keep units and let Russia exhaust itself; a war “is not decided by one point on the map”. When he wrote, a withdrawal from Pokrovsk was hypothetical; Russia claimed the city on 1 December 2025, and by March 2026 Ukraine still reported holding its north and had announced no withdrawal.',
    paragraphs: ['h4', 'p10', 'p11', 'p12', 'p13', 'p14', 'p15'],
    questions: [
      'The op-ed ends with an appeal to Europe and the United States. Who is it written for, and how does that audience shape its argument and its figures?',
      '“The war is not decided by one point on the map.” When can a single town matter after all — as a road and rail hub, for morale, in negotiations?',
      'The article argues about a withdrawal that had not happened. How should readers weigh “if” scenarios and forecasts in commentary, and how would you check them later?'
    ]
  }
];
