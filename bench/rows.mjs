// The rows of one bench case (bench/case.mjs), from the rounds of one or more fresh processes.
// On a shared machine a process's rounds move together (a neighbour's load, what the compiler
// made of the code), so the real-articles case runs in several processes and a row is the median
// over all their rounds; each process's own median ratio is kept to show the spread.

/** The rows, in the order bench/run.mjs reads them: a call's time, or a call's less the one before. */
const ROWS = [
  ['analyze()', 'analyze'],
  ['tokenize() (markup, structure and tokens stages)', 'tokenize'],
  ['entities stage (extractEntities() less tokenize())', 'extractEntities', 'tokenize'],
  ['quotes stage (extractQuotes() less extractEntities())', 'extractQuotes', 'extractEntities'],
  ['sentiment stage (analyze() skipping bias and framing, less extractQuotes())', 'upToSentiment', 'extractQuotes'],
  ['bias stage (analyze() skipping framing, less the one before)', 'upToBias', 'upToSentiment'],
  ['framing stage (analyze() less analyze() skipping framing)', 'analyze', 'upToBias'],
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const cost = (times, [, call, before]) => times[call] - (before ? times[before] : 0);

/** Medians of a row over rounds: times in ms, and the median of the rounds' ratios to readDoc. */
function rowOf(row, rounds) {
  return {
    row: row[0],
    ms: median(rounds.map(({ wall }) => cost(wall, row))),
    winkMs: median(rounds.map(({ wall }) => wall.readDoc)),
    ratio: median(rounds.map(({ wall }) => cost(wall, row) / wall.readDoc)),
    cpuMs: median(rounds.map(({ cpu }) => cost(cpu, row))),
    winkCpuMs: median(rounds.map(({ cpu }) => cpu.readDoc)),
    cpuRatio: median(rounds.map(({ cpu }) => cost(cpu, row) / cpu.readDoc)),
  };
}

/** One case's figures from the output of each of its processes (the same case, run again). */
export function caseRows(processes) {
  const [first] = processes;
  const rounds = processes.flatMap((each) => each.measured);
  return {
    source: first.source,
    documents: first.documents,
    chars: first.chars,
    tokens: first.tokens,
    processes: processes.length,
    rounds: rounds.length,
    rows: ROWS.map((row) => rowOf(row, rounds)),
    // The first row (analyze()), process by process: how far one process's figure can stray.
    firstRowByProcess: processes.map((each) => rowOf(ROWS[0], each.measured)),
    peakRssMb: Math.max(...processes.map((each) => each.peakRssMb)),
  };
}
