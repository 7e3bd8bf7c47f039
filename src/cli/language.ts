/**
 * Whether a text is English: one rule for `analyze`, `report` and `batch`, because newslens's
 * lexicons and models are English and a French article read as English gives confident nonsense.
 *
 * A language's commonest function words are a quarter or more of its running text, and they are
 * few and distinctive. A text is not English when another language's function words outnumber
 * English ones (and are at least 5% of its words), or when English ones are under 5% (a language
 * not listed here), or when most of its letters are not Latin. The other languages' lists leave
 * out every word English spells the same ("in", "a", "die", "was", "per", "come", "ten"), so
 * names and loanwords in English news ("de la", "Van", "Al", "UN") stay under 3% on any of
 * them, while English news runs at 15-48% on its own list, which keeps the shared words. Texts
 * under 20 words are too short to tell, and pass.
 */

const words = (list: string): readonly string[] => list.split(' ');

const ENGLISH = words(
  'the a an in on is as was will of and to that for with by it at from he she they his her him are be been being has have had said says not this these those but or were their them which who whom would could should its there than then into about after what when where we you our your if can may must',
);

/** The commonest function words of each language, less those English spells the same. */
const OTHERS: Record<string, readonly string[]> = {
  German: words('der und den das von zu mit sich des auf für ist im dem nicht ein eine einer einem einen als auch es wird bei sind noch wie über nach sie aus werden dass er wurde oder vor zur vom mehr durch sein kann gegen schon wenn ihre ihr dann unter wir soll ich eines jetzt worden seit haben sagte zwischen wieder'),
  French: words('le la les de des du et en un une est que qui dans pour pas sur au aux par ne se il elle ils ce cette avec sa ses ont été mais ou nous vous leur sont être fait comme l qu à où très aussi après selon lors depuis'),
  Spanish: words('el la los las de del que en y se por un una para con su sus al es lo como más pero le ya fue este esta ha porque entre cuando muy sin sobre también hasta hay donde desde todo nos durante uno les ni contra ese eso ante ellos esto según'),
  Italian: words('di il la che un una è del della dei delle degli con sono le si da al nel nella alla più anche ma gli lo ha questo questa sul ci suo sua dal loro essere stato tra fra cui quando ancora dopo hanno ne se solo molto però mentre'),
  Portuguese: words('de que da em um uma para é não os se na por mais dos das como mas foi ao ele ela tem à seu sua ou ser quando muito há nos já está também só pelo pela até isso entre depois sem mesmo aos ter seus quem nas esse eles foram essa nem suas'),
  Dutch: words('de en van het een dat op te zijn met voor niet aan er om ook als maar bij door dan naar nog ze werd tot uit hij kan zo worden deze wordt heeft hebben geen meer zou wel nu tegen zich'),
  Scandinavian: words('och att det som en på är av för med till den har de inte om ett han jag sig från vi så kan hade när nu efter eller skulle också sin hon og er til af ikke der hun et fra jeg blev ble skal etter når nå seg hans'),
  Polish: words('w z na się nie że jest od po jak przez dla jego jej ich oraz już tak są był była będzie być został została zostanie może mają ma tym ze które który także jednak według bo czy gdy tylko jeszcze przed bez przy między jako'),
};

/** Each word's languages, as indexes into LANGUAGES (English is 0), so that one pass over the words counts them all. */
const LANGUAGES = ['English', ...Object.keys(OTHERS)];
const LANGUAGES_OF = new Map<string, number[]>();
for (const [index, list] of [ENGLISH, ...Object.values(OTHERS)].entries()) for (const word of list) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), index]);

const MINIMUM_WORDS = 20;
const ENGLISH_FLOOR = 0.05;

/**
 * Why the text is not English, or undefined when it is English or too short to tell. Reads the
 * first 20,000 characters; markup is not prose, so tags are left out.
 */
export function notEnglish(text: string): string | undefined {
  const prose = text.slice(0, 20_000).replace(/<[^>]*>/g, ' ');
  const tokens = prose.toLowerCase().match(/\p{L}+/gu) ?? [];
  const letters = tokens.reduce((sum, token) => sum + token.length, 0);
  const nonLatin = prose.match(/[^\p{Script=Latin}\P{L}]/gu)?.length ?? 0;
  if (letters >= MINIMUM_WORDS && nonLatin > letters / 2) return 'not in the Latin alphabet';
  if (tokens.length < MINIMUM_WORDS) return undefined;
  const hits = LANGUAGES.map(() => 0);
  for (const token of tokens) for (const language of LANGUAGES_OF.get(token) ?? []) hits[language] = (hits[language] ?? 0) + 1;
  const [english = 0, ...others] = hits;
  const most = Math.max(...others);
  const floor = ENGLISH_FLOOR * tokens.length;
  if (most > english && most >= floor) return `${LANGUAGES[others.indexOf(most) + 1]} function words outnumber English ones`;
  return english < floor ? `under ${ENGLISH_FLOOR * 100}% English function words` : undefined;
}

/** Why a text is not an article newslens can analyse: empty, or not English; undefined when it is one. */
export function articleProblem(text: string): string | undefined {
  if (text.trim() === '') return 'empty text';
  const why = notEnglish(text);
  return why ? `not English (${why}): newslens reads English news` : undefined;
}
