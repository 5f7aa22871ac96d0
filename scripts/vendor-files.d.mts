// Types of vendor-files.mjs for the test that checks it against src/core/vendor.ts.
export declare const VENDOR_LIBRARIES: Record<string, readonly string[]>
