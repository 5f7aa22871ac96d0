// The action's entry point: everything happens in run(), which reports its own failures.
import { run } from './main.js'

await run()
