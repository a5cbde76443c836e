/**
 * The words synthetic articles are made of. Sentences combine one of each list, so an article of
 * fifty claims rarely draws the same sentence twice (the generator redraws when it does).
 */

/** What a subject will do, might do or did, as said by someone. */
export const PREDICATES = [
  'will expand',
  'must reopen',
  'has blocked',
  'is ready to discuss',
  'cannot guarantee',
  'wants to renegotiate',
  'will suspend',
  'is preparing to cut',
  'has quietly doubled',
  'refuses to ratify',
  'should cap',
  'plans to tax',
  'will finance',
  'is secretly funding',
  'intends to privatise',
  'has agreed to extend',
];

/** The same, as the source's own narration of something that happened. */
export const PAST_PREDICATES = [
  'expanded',
  'reopened',
  'blocked',
  'discussed',
  'suspended',
  'cut',
  'doubled',
  'ratified',
  'capped',
  'taxed',
  'financed',
  'renegotiated',
  'extended',
  'postponed',
  'announced',
  'criticised',
];

export const TOPICS = [
  'grain exports',
  'gas transit',
  'the border crossings',
  'the northern railway project',
  'fishing quotas',
  'the customs union',
  'sanctions relief',
  'the port expansion',
  'the prisoner exchange',
  'electricity tariffs',
  'the fertiliser plant',
  'the river dam',
  'military exercises',
  'the pipeline contract',
  'visa-free travel',
  'the steel tariffs',
  'the water treaty',
  'cross-border trade',
  'the airport concession',
  'the shipbuilding order',
  'wheat subsidies',
  'the minority language law',
  'the offshore wind farm',
  'the refugee quota',
];

export const TIMES = [
  'before the end of the year',
  'by the spring',
  'within weeks',
  'next month',
  'after the elections',
  'this winter',
  'over the next decade',
  'by mid-summer',
  'before the next summit',
  'as early as Monday',
  'within two years',
  'this autumn',
];

export const QUOTE_OPENERS = [
  'We are convinced that',
  'I can tell you that',
  'Nobody should doubt that',
  'Let me be clear:',
  'It is obvious that',
  'We know that',
  'I told my colleagues that',
  'The facts show that',
];

/** Openers of a quote that contradicts an earlier claim. */
export const DISPUTING_OPENERS = [
  'It is simply untrue that',
  'Nobody seriously believes that',
  'It is a fabrication that',
];

export const PARAPHRASE_FRAMES = [
  '{speaker} said that',
  'According to {speaker},',
  '{speaker} insisted that',
  '{speaker} told reporters that',
];
export const DISPUTING_PARAPHRASE_FRAMES = ['{speaker} denied that', '{speaker} rejected claims that'];

export const EVENT_KINDS = [
  { kind: 'meeting', title: 'Meeting' },
  { kind: 'visit', title: 'State visit' },
  { kind: 'summit', title: 'Summit' },
  { kind: 'negotiation', title: 'Talks' },
  { kind: 'exchange', title: 'Prisoner exchange' },
  { kind: 'incident', title: 'Border incident' },
  { kind: 'exercise', title: 'Joint exercise' },
  { kind: 'signing', title: 'Treaty signing' },
] as const;

export const PARTICIPANT_ROLES = ['host', 'guest', 'delegation head', 'mediator', 'observer', 'signatory'];

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
