import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;

let shared: Nlp | undefined;

/**
 * The one wink-nlp instance, loaded on first use (about 110 ms) and shared by every call.
 * Only the pipes newslens reads are enabled: sentence boundaries and part of speech (which
 * lemmas need).
 */
export function wink(): Nlp {
  shared ??= winkNLP(model, ['sbd', 'pos']);
  return shared;
}
