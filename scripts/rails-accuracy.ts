// Precision and recall of every rails validator on datasets/rails-corpus.jsonl (`npm run accuracy:rails`).
// Exits 1 when a deterministic validator falls below 0.95 precision or recall.
import { ACCURACY_CONFIG, formatAccuracyTable, loadCorpus, measureAccuracy } from '../src/rails/accuracy.js'
import { createRailsAsync } from '../src/rails/index.js'

const corpusPath = process.argv.slice(2).find(a => !a.startsWith('--')) ?? 'datasets/rails-corpus.jsonl'
const verbose = process.argv.includes('--verbose')

const cases = loadCorpus(corpusPath)
const rails = await createRailsAsync(ACCURACY_CONFIG)
const report = measureAccuracy(rails, cases)

console.log(`${cases.length} labelled strings from ${corpusPath}\n`)
console.log(formatAccuracyTable(report))
if (verbose || report.failing.length > 0) {
  console.log('\nMismatches (line: expected → fired):')
  for (const m of report.mistakes) {
    console.log(
      `  ${m.line}: [${m.expected.join(', ')}] → [${m.fired.join(', ')}]  ${JSON.stringify(m.text.slice(0, 100))}`
    )
  }
}
if (report.failing.length > 0) {
  console.error(`\nbelow 0.95 precision or recall: ${report.failing.map(s => s.validator).join(', ')}`)
  process.exitCode = 1
}
