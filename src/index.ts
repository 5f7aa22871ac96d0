// The action's entry point: everything happens in run(), which reports its own failures.
import { hasAbandonedCacheWork } from './action/response-cache.js'
import { run } from './main.js'

await run()
// A cache call given up on after its deadline may still hold a socket open: end the process
// with the exit code run() set instead of waiting for it.
if (hasAbandonedCacheWork()) process.exit()
