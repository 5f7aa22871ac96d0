export declare function requireLibrary(load: (specifier: string) => unknown, _library: string, specifiers: readonly string[]): unknown[];
