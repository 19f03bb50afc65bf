import type { StoryInput } from './schema';

// The story: each step rests on source blocks (IDs from data/processed/article.json),
// frames the author's claim, may quote it verbatim, may carry context notes (context.ts),
// and sets the sticky panel's state. Validated by validate.ts; a bad reference fails the build.

export const storyInput: StoryInput = {
  steps: [
    {
      id: 'intro',
      paragraphs: ['title', 'dek', 'byline'],
      claim:
        'An op-ed by Bohdan Popov, who describes himself as Head of Digital at the United Ukraine Think Tank, argues that Russia’s long assault on Pokrovsk cost it dearly and gained it little, and that Ukraine is right to put its soldiers before a point on the map.',
      quote: 'The Kremlin burned through hundreds of thousands of soldiers for a symbolic victory',
      context: ['publication', 'article-total'],
      panel: {
        type: 'title',
        alt: 'Title card: “Russia’s Costly Assault on Pokrovsk Brings No Strategic Gain”, an op-ed by Bohdan Popov published by The Gaze.'
      }
    },
    {
      id: 'where',
      paragraphs: ['p1'],
      claim:
        'His subject is Pokrovsk, which he says Russia has been storming for over a year. (Our description, not the article’s: a mining and rail town in Ukraine’s Donetsk oblast.)',
      quote: 'Russia has been storming Pokrovsk for over a year.',
      panel: {
        type: 'map',
        preset: 'ukraine',
        layers: ['oblasts', 'cities'],
        alt: 'Map of Ukraine and its neighbours with Donetsk oblast highlighted in the east, and Pokrovsk marked north-west of the city of Donetsk.'
      }
    },
    {
      id: 'storming',
      paragraphs: ['p1'],
      claim: 'The author writes that Russia is repeating at Pokrovsk what it did at Bakhmut and Avdiivka.',
      quote: 'advance at any cost',
      context: ['battle-dates'],
      panel: {
        type: 'map',
        preset: 'battles',
        layers: ['oblasts', 'battle-cities', 'battle-links'],
        alt: 'Map of Donetsk oblast with Bakhmut, Avdiivka and Pokrovsk marked and labelled with the dates of their battles; thin grey lines give the straight-line distance between them.'
      }
    },
    {
      id: 'pokrovsk-losses',
      paragraphs: ['p1'],
      claim:
        'He puts Russian losses in the Pokrovsk area at about a hundred thousand, a figure he attributes to the Ukrainian forces there.',
      quote: 'approximately a hundred thousand killed and severely wounded',
      context: ['pokrovsk-losses'],
      panel: {
        type: 'chart',
        chart: 'losses',
        highlight: 'pokrovsk',
        alt: 'Bar chart of the article’s loss figures for three battles, with Pokrovsk highlighted at about 100,000 killed and severely wounded.'
      }
    },
    {
      id: 'asymmetry',
      paragraphs: ['p2'],
      claim:
        'For Ukraine, the author argues, Pokrovsk matters but does not decide the war; for Russia it has become a matter of symbolism.',
      quote: 'The city is important, but not critical in a strategic sense',
      panel: {
        type: 'quote',
        quotes: [
          {
            block: 'p2',
            text: 'It is precisely this asymmetry that has become a characteristic feature of the Russian army: human life has no value.'
          }
        ],
        alt: 'Quotation from paragraph 2: “It is precisely this asymmetry that has become a characteristic feature of the Russian army: human life has no value.”'
      }
    },
    {
      id: 'withdrawal',
      paragraphs: ['h1', 'p3'],
      claim: 'If Ukraine pulls out of Pokrovsk, the author says, it will be to keep its soldiers alive, not a defeat.',
      quote: 'The command prioritizes living soldiers, not a geographical point on the map.',
      context: ['withdrawal-debate'],
      panel: {
        type: 'map',
        preset: 'pokrovsk-closeup',
        layers: ['oblasts', 'cities', 'pokrovsk-area'],
        alt: 'Close-up map of Pokrovsk and its neighbour Myrnohrad, about 7 kilometres apart, north-west of Donetsk.'
      }
    },
    {
      id: 'precedent',
      paragraphs: ['p4'],
      claim:
        'He says Ukraine made the same choice at Bakhmut and Avdiivka, where Russia lost more people than anywhere else.',
      quote: 'Such a decision has already been made in Bakhmut and Avdiivka.',
      context: ['withdrawal-record', 'battle-dates'],
      panel: {
        type: 'chart',
        chart: 'durations',
        alt: 'Timeline of the three battles: Bakhmut from August 2022 to May 2023, Avdiivka from October 2023 to February 2024, and the push on Pokrovsk from 2024 onward.'
      }
    },
    {
      id: 'bakhmut-losses',
      paragraphs: ['p4'],
      claim:
        'Citing “open estimates”, he writes that Russian losses at Bakhmut “could exceed” 70,000–100,000 killed and wounded.',
      quote: 'could exceed 70–100 thousand killed and wounded',
      context: ['bakhmut-losses'],
      panel: {
        type: 'chart',
        chart: 'losses',
        highlight: 'bakhmut',
        alt: 'Bar chart of the article’s loss figures with Bakhmut highlighted: a range from 70,000 to 100,000 killed and wounded, open at the top because the article says it “could exceed” that.'
      }
    },
    {
      id: 'avdiivka-losses',
      paragraphs: ['p4'],
      claim: 'For Avdiivka he gives “another about” 40,000–50,000.',
      quote: 'Under Avdiivka, another about 40–50 thousand.',
      context: ['avdiivka-losses'],
      panel: {
        type: 'chart',
        chart: 'losses',
        highlight: 'avdiivka',
        alt: 'Bar chart of the article’s loss figures with Avdiivka highlighted: a range of about 40,000 to 50,000, with dotted ends because the article says “about”.'
      }
    },
    {
      id: 'losses-in-context',
      paragraphs: ['p1', 'p4'],
      voice: 'analysis',
      claim:
        'The three figures are not measured the same way: “killed and severely wounded” for Pokrovsk, “killed and wounded” for the other two. Beside other published estimates, Bakhmut’s and Avdiivka’s sit within the range others report. For Pokrovsk we found no comparable total: an economist’s “around 120,000” lost is undefined in what it counts, and a spokesman’s “up to 60,000” counts only the killed over about ten months, so both are drawn as partial. None has been independently verified.',
      context: ['bakhmut-losses', 'avdiivka-losses', 'pokrovsk-losses'],
      panel: {
        type: 'chart',
        chart: 'losses',
        showContext: true,
        alt: 'Bar chart of the article’s loss figures for Bakhmut, Avdiivka and Pokrovsk, with other published estimates shown as separate context marks beside each battle.'
      }
    },
    {
      id: 'per-month',
      paragraphs: ['p1', 'p4'],
      voice: 'analysis',
      claim:
        'Our arithmetic, not the author’s: each loss figure ÷ its battle’s length in months. Dates: Bakhmut 1 August 2022 – 20 May 2023 (Wikipedia; Newschain), Avdiivka 10 October 2023 – 17 February 2024 (Wikipedia; Ukrinform), Pokrovsk from 17 February or 17 July 2024 (Delfi; Euromaidan Press) to the article’s writing, 28 October – 1 December 2025. His own “a year” gives about 8,300 a month. Pokrovsk counts “killed and severely wounded”, the others “killed and wounded”: not like for like.',
      context: ['battle-dates'],
      panel: {
        type: 'chart',
        chart: 'per-month',
        alt: 'Bar chart of losses per month, our arithmetic: the article’s loss range for each battle divided by the battle’s length in months, about 4,700–6,500 for Pokrovsk, 7,300–10,400 or more for Bakhmut and 9,400–11,700 for Avdiivka.'
      }
    },
    {
      id: 'long-war',
      paragraphs: ['p5'],
      claim:
        'Pokrovsk, in the author’s account, continues that logic: Ukraine is fighting a war of attrition and guarding its trained units.',
      quote: 'the main resource is not square kilometers, but trained units',
      panel: {
        type: 'quote',
        quotes: [{ block: 'p5', text: 'Ukraine does not play by the Putin model of the "meat grinder."' }],
        alt: 'Quotation from paragraph 5: “Ukraine does not play by the Putin model of the ‘meat grinder.’”'
      }
    },
    {
      id: 'mine',
      paragraphs: ['h2', 'p6'],
      claim:
        'The author’s heading says “Russia Captured the Pokrovsk Mine”; his text says Russia “gained access” to it.',
      quote: 'Yes, Russia gained access to the Pokrovsk mine',
      context: ['mine'],
      panel: {
        type: 'map',
        preset: 'pokrovsk-closeup',
        layers: ['oblasts', 'cities', 'pokrovsk-area', 'mine'],
        alt: 'Close-up map of Pokrovsk and Myrnohrad with the Pokrovske coal mine drawn as three shaded areas about 10 kilometres west of Pokrovsk (the mine as a whole, the Pishchane shaft and the Udachne site), because their positions are known only approximately.'
      }
    },
    {
      id: 'lithium',
      paragraphs: ['p6'],
      claim:
        'He adds “a significant part” of the Shevchenko lithium deposit, one of the most promising resource sites in Donbas.',
      quote: 'a significant part of the "Shevchenko" lithium deposit',
      context: ['lithium'],
      panel: {
        type: 'map',
        preset: 'lithium',
        layers: ['oblasts', 'cities', 'lithium-deposit', 'decoy-shevchenko'],
        alt: 'Map showing the Shevchenko lithium deposit about 54 kilometres south-west of Pokrovsk, near the border with Dnipropetrovsk oblast, inside a circle of ±1.5 km, the tolerance we state for its position; and the other village named Shevchenko, about 7 kilometres south of Pokrovsk, which is not the deposit.'
      }
    },
    {
      id: 'no-profit',
      paragraphs: ['h2', 'p7'],
      claim:
        'His heading says the capture “Does Not Guarantee It Economic Profit”, and he calls the economic effect for Russia “doubtful”: no international market, no legal export, sanctions. He goes on to call the resources’ capitalization “zero”.',
      quote: 'But the economic effect for the Russian Federation is doubtful.',
      context: ['lithium-value'],
      panel: {
        type: 'quote',
        quotes: [{ block: 'p7', text: 'This is a picture for domestic consumption.' }],
        alt: 'Quotation from paragraph 7: “This is a picture for domestic consumption.”'
      }
    },
    {
      id: 'tactic-not-strategy',
      paragraphs: ['h3', 'p8'],
      claim:
        'Local successes, the author argues, do not mean Russia can take all of Donbas: it can concentrate force, but not break through.',
      quote: 'Russia has a dangerous tactic, but no strategy',
      panel: {
        type: 'quote',
        quotes: [
          {
            block: 'p8',
            text: 'It is capable of artificially concentrating forces on one direction, but not capable of conducting a large-scale breakthrough.'
          }
        ],
        alt: 'Quotation from paragraph 8: Russia “is capable of artificially concentrating forces on one direction, but not capable of conducting a large-scale breakthrough.”'
      },
      context: ['forces']
    },
    {
      id: 'shells',
      paragraphs: ['p9'],
      claim:
        'He writes that during the battles for Pokrovsk, Russian forces expended over 10,000 shells a day in certain periods.',
      quote: 'over 10 thousand shells per day in certain periods',
      context: ['shells'],
      panel: {
        type: 'chart',
        chart: 'shells',
        alt: 'Chart of Russian shells fired per day: the article’s “over 10 thousand shells per day in certain periods” during the battles for Pokrovsk, drawn as an open-ended mark starting at 10,000.'
      }
    },
    {
      id: 'shells-drop',
      paragraphs: ['p9'],
      claim: 'Now, he says, the rate has dropped, and he credits sanctions, import limits and exhaustion.',
      quote:
        'now this figure has noticeably dropped due to sanctions, import restrictions, and overall resource exhaustion',
      context: ['shells-drop', 'shells'],
      panel: {
        type: 'chart',
        chart: 'shells',
        showContext: true,
        alt: 'Chart of Russian shells fired per day, with dated front-wide estimates from Ukrainian and US officials from 2022 to 2025 shown as context beside the article’s figure.'
      }
    },
    {
      id: 'western-aid',
      paragraphs: ['h4', 'p10'],
      claim:
        'Ukraine can stabilise the front, the author says, but only if Europe and the United States deliver faster.',
      quote: 'But this is not enough if Europe and the United States do not accelerate deliveries.',
      panel: {
        type: 'quote',
        quotes: [
          {
            block: 'p10',
            text: 'The high intensity of Russian shelling, constant pressure from glide bombs and artillery requires a different density of fire.'
          }
        ],
        alt: 'Quotation from paragraph 10: “The high intensity of Russian shelling, constant pressure from glide bombs and artillery requires a different density of fire.”'
      }
    },
    {
      id: 'aid-requests',
      paragraphs: ['p11', 'li1', 'li2', 'li3', 'li4', 'li5'],
      claim: 'He lists five things Ukraine needs to seize the initiative.',
      quote: 'To seize the initiative, Ukraine needs to receive the following:',
      panel: {
        type: 'quote',
        quotes: [{ block: 'li1' }, { block: 'li2' }, { block: 'li3' }, { block: 'li4' }, { block: 'li5' }],
        alt: 'The article’s list of five needs: more artillery and tank shells; more multiple-launch rocket systems and missiles; long-range strike capability; air defence; drones in industrial volumes.'
      }
    },
    {
      id: 'burn-out',
      paragraphs: ['p12'],
      claim:
        'The lesson he draws from Bakhmut and Avdiivka: Ukraine withdrew, kept its units, and let Russia exhaust itself.',
      quote: 'allowed the enemy to burn itself out',
      context: ['withdrawal-record'],
      panel: {
        type: 'map',
        preset: 'battles',
        layers: ['oblasts', 'battle-cities', 'battle-links'],
        alt: 'Map of Donetsk oblast with Bakhmut, Avdiivka and Pokrovsk, the three battles the author treats as one pattern.'
      }
    },
    {
      id: 'square-kilometre',
      paragraphs: ['p13'],
      claim:
        'Pokrovsk, he writes, is “another potential reason” to do the same: Ukraine keeps the forces that will go on holding the front.',
      quote: 'Russia is once again grinding itself down for an additional square kilometer.',
      context: ['withdrawal-debate'],
      panel: {
        type: 'map',
        preset: 'donbas',
        layers: ['oblasts', 'cities', 'northern-cities', 'rivers'],
        alt: 'Place map of northern Donetsk oblast with Kramatorsk, Sloviansk and Kostiantynivka circled, the larger towns north-east of Pokrovsk; it shows places only, not who holds them.'
      }
    },
    {
      id: 'one-point',
      paragraphs: ['p14'],
      claim:
        'His general point: the war is not decided by a single place, but by the balance of forces and resources and by preserving the army.',
      quote: 'The war is not decided by one point on the map.',
      panel: {
        type: 'quote',
        quotes: [{ block: 'p14' }],
        alt: 'Quotation of paragraph 14: “The war is not decided by one point on the map. It is decided by the balance of forces, resources, and the ability to preserve the army.”'
      }
    },
    {
      id: 'speed',
      paragraphs: ['p15'],
      claim: 'He ends on the West: it “is capable of changing the situation”, and the question is only one of speed.',
      quote: 'The West is capable of changing the situation',
      panel: {
        type: 'quote',
        quotes: [{ block: 'p15', text: 'And it is precisely this that will determine the future of Donbas.' }],
        alt: 'Quotation from paragraph 15: “And it is precisely this that will determine the future of Donbas.”'
      }
    }
  ],
  excluded: [
    {
      block: 'caption',
      reason:
        'Caption of the lead photo, which is not available to us; it is kept with the original article text at the end of the page.'
    }
  ]
};
