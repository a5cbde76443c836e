/**
 * The CoreNLP pipeline the extractor asks for. Chosen by measurement on the development set (12
 * articles, ~580 words each; docs/extraction.md has the figures): tokenize..ner is what the rules
 * need and runs at ~50-70 articles a minute on this 2-core machine, while adding depparse cost
 * about a third more and depparse + statistical coref + the quote annotator ran at 12 a minute,
 * far below the 30 needed. Quote spans and speakers are found by our rules from the tokens.
 */
export const ENGINE_PROPERTIES: Readonly<Record<string, string>> = {
  annotators: 'tokenize,ssplit,pos,lemma,ner',
  outputFormat: 'json',
  // A blank line ends a sentence: headlines and paragraphs without a full stop stay apart.
  'ssplit.newlineIsSentenceBreak': 'two',
  // SUTime normalises dates and numbers, which no rule here reads; off, NER took ~30 % less time.
  'ner.useSUTime': 'false',
  'ner.applyNumericClassifiers': 'false',
};

/**
 * CoreNLP's own quote annotator with its speaker attribution (needs depparse and coref): the
 * out-of-the-box baseline the bench prints beside our rules.
 */
export const BASELINE_PROPERTIES: Readonly<Record<string, string>> = {
  annotators: 'tokenize,ssplit,pos,lemma,ner,depparse,coref,quote',
  outputFormat: 'json',
  'ssplit.newlineIsSentenceBreak': 'two',
  'coref.algorithm': 'statistical',
  'quote.attributeQuotes': 'true',
};

/** The engine and version named in every extracted article's `engine`. */
export const ENGINE_NAME = 'corenlp-4.5.10';
