import type * as Ajv2020Module from 'ajv/dist/2020.js';
import type * as CsvParseSync from 'csv-parse/sync';
import type * as LibPhoneNumber from 'libphonenumber-js/max';
import type * as Obscenity from 'obscenity';
import type picomatchFunction from 'picomatch';
/** Each lazily loaded library and the packages it is (scripts/vendor-files.mjs bundles each). */
export declare const VENDOR_LIBRARIES: {
    readonly libphonenumber: readonly ["libphonenumber-js/max"];
    readonly ajv: readonly ["ajv/dist/2020.js", "ajv-formats"];
    readonly obscenity: readonly ["obscenity"];
    readonly 'csv-parse': readonly ["csv-parse/sync"];
    readonly picomatch: readonly ["picomatch"];
};
export type VendorLibrary = keyof typeof VENDOR_LIBRARIES;
/** Whether a library has been loaded in this process (tests prove a run that needs none loads none). */
export declare function vendorLoaded(library: VendorLibrary): boolean;
export declare function libphonenumber(): typeof LibPhoneNumber;
export declare function ajv2020(): typeof Ajv2020Module.Ajv2020;
type AddFormats = (ajv: Ajv2020Module.Ajv2020) => unknown;
/** ajv-formats is CommonJS; its function also carries itself as `.default`. */
export declare function ajvFormats(): AddFormats;
export declare function obscenity(): typeof Obscenity;
export declare function csvParseSync(): typeof CsvParseSync;
export declare function picomatch(): typeof picomatchFunction;
export {};
