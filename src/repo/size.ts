// One size rule for every way a repository file is read (working tree, base commit through local
// git, base commit through GitHub's contents API): a PR can commit a multi-gigabyte file and name
// it as a prompt or dataset, on either side, and reading it would exhaust the runner's memory.

/**
 * Largest file a config can name (prompt, dataset, schema) that is read. 50 MiB is GitHub's own
 * warning size for a pushed file (docs: "About large files on GitHub").
 */
export const MAX_REPO_FILE_BYTES = 50 * 1024 * 1024

/** A file over `MAX_REPO_FILE_BYTES`, refused before its content is read. */
export class OversizedFileError extends Error {
  constructor(
    readonly path: string,
    readonly bytes: number,
    /** Where the file was read: `head`, `base (abc1234)`… */
    readonly where: string
  ) {
    super(
      `${path} in ${where} is ${bytes} bytes, over the ${MAX_REPO_FILE_BYTES}-byte (50 MiB) limit for files a config names; ` +
        'keep prompts, datasets and schemas smaller (split a dataset into several files)'
    )
    this.name = 'OversizedFileError'
  }
}

/** Throws `OversizedFileError` when `bytes` (the size the source reports, before reading) is over the limit. */
export function refuseOversized(path: string, bytes: number, where: string): void {
  if (bytes > MAX_REPO_FILE_BYTES) throw new OversizedFileError(path, bytes, where)
}
