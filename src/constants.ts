// Names and platform limits in one place, each with its source.

/** GitHub rejects issue comment bodies over 65,536 characters (422 "body is too long"). */
export const GITHUB_COMMENT_MAX_CHARS = 65_536
/** GitHub rejects a job summary over 1 MiB per step. */
export const GITHUB_STEP_SUMMARY_MAX_BYTES = 1024 * 1024
/** The largest page size the REST API accepts for list endpoints. */
export const GITHUB_PAGE_SIZE = 100
/** "List pull requests files" returns at most 3,000 files; past that, compare commits instead. */
export const GITHUB_PR_FILES_CAP = 3_000

export const DEFAULT_CONFIG_PATH = '.github/promptgate.yml'
/** The folder of every default output; PromptGate writes a `.gitignore` into it. */
export const DEFAULT_OUTPUT_DIR = '.promptgate'
export const DEFAULT_CACHE_DIR = '.promptgate/cache'
export const DEFAULT_REPORT_PATH = '.promptgate/report.json'
export const DEFAULT_LOG_PATH = '.promptgate/calls.jsonl'
export const DEFAULT_CONCURRENCY = 8
export const DEFAULT_TIMEOUT_MS = 60_000
export const DEFAULT_MAX_RETRIES = 3
export const DEFAULT_ACCEPT_LABEL = 'promptgate:accept-regression'

export const REPORT_SCHEMA_VERSION = 1

/** CLI exit codes: distinct so CI scripts can tell a broken config from a failing suite. */
export const EXIT_OK = 0
export const EXIT_GATE_FAILED = 1
export const EXIT_CONFIG_ERROR = 2
export const EXIT_RUNTIME_ERROR = 3
/** The evidence could not decide: never a silent pass, but distinguishable from a failed gate. */
export const EXIT_INCONCLUSIVE = 4

/**
 * Longest text field (an output, an input variable, a rendered message) kept in the report and
 * the call log. A 50 MB dataset line would otherwise be copied into a 100 MB report and a 52 MB
 * log; what is kept is enough to read, and the marker records the full size.
 */
export const STORED_FIELD_MAX_CHARS = 64 * 1024
