export declare class UnsafePathError extends Error {
    constructor(path: string, why: string);
}
/** A path that names a directory (or a git tree) where a file is expected. */
export declare class NotAFileError extends Error {
    constructor(message: string);
}
/** Normalizes a repo-relative POSIX path (drops `./`, collapses `a/../b`) or throws when it leaves the repo. */
export declare function normalizeRepoPath(path: string): string;
/** True when `target` is `root` itself (if `allowRoot`) or lies below it; both absolute, same form. */
export declare function isInside(root: string, target: string, options?: {
    allowRoot?: boolean;
}): boolean;
/** The real path of `path`'s deepest existing ancestor (itself when it exists), plus the rest. */
export declare function realExisting(path: string): string;
/**
 * Where `path` (relative to `root`, or absolute) leads, and whether that is inside `root`: the
 * one confinement rule for paths opened by name (config outputs, cassettes, custom rails modules,
 * command-line paths). Checked on the text and on real paths, since a committed symlink is
 * followed by every read and write.
 */
export declare function resolveInside(root: string, path: string): {
    full: string;
    outside?: 'outside the repository' | 'through a symlink out of the repository';
};
