import { appendFile, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CompletionResult } from '../../src/core/types.js'
import { DiskCache } from '../../src/engine/cache.js'
import { useTempDirs } from '../helpers/temp-dirs.js'

const temp = useTempDirs()

const result = (text: string): CompletionResult => ({ text, latencyMs: 812, httpStatus: 200, retries: 1 })
const key = (prefix: string): string => prefix.padEnd(64, '0')

describe('DiskCache', () => {
  it('persists responses across instances only after a flush', async () => {
    const dir = temp.make('pg-cache-')
    const writer = new DiskCache(dir)
    await writer.set(key('ab1'), result('hello'))
    expect(await new DiskCache(dir).get(key('ab1'))).toBeUndefined()
    await writer.flush()
    expect(await new DiskCache(dir).get(key('ab1'))).toEqual(result('hello'))
  })

  it('groups entries into shards named by the first hex digit of the key', async () => {
    const dir = temp.make('pg-cache-')
    const cache = new DiskCache(dir)
    await cache.set(key('ab1'), result('a'))
    await cache.set(key('ab2'), result('b'))
    await cache.set(key('cd1'), result('c'))
    await cache.flush()
    expect((await readdir(dir)).sort()).toEqual(['a.jsonl', 'c.jsonl'])
    expect((await readFile(join(dir, 'a.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(2)
  })

  it('treats a torn line from a killed run as a miss and keeps the other entries', async () => {
    const dir = temp.make('pg-cache-')
    const cache = new DiskCache(dir)
    await cache.set(key('ab1'), result('kept'))
    await cache.flush()
    await appendFile(join(dir, 'a.jsonl'), '{"key":"ab2000","format":1,"result":{"te')
    const reader = new DiskCache(dir)
    expect(await reader.get(key('ab1'))).toEqual(result('kept'))
    expect(await reader.get(key('ab2'))).toBeUndefined()
  })

  it('misses cleanly when the cache directory does not exist yet', async () => {
    const cache = new DiskCache(temp.reserve(`pg-cache-missing-${process.pid}`))
    expect(await cache.get(key('ff'))).toBeUndefined()
  })
})
