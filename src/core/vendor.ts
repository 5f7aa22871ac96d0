// Large libraries that only some runs need, loaded synchronously the first time something calls
// for them: libphonenumber (a phone-shaped candidate), ajv (a JSON Schema), obscenity (the content
// rail), csv-parse (a CSV dataset), picomatch (a glob). Bundled up front they were 0.76 of the 2.1 MB
// of JavaScript every CLI run parsed and compiled (about 60 ms of CPU and 6 MiB per process on the
// 2-core reference machine), while a suite with plain text checks uses none of them. Synchronous,
// so createRails() and the checks keep their synchronous APIs: the first use of each costs one
// require of its file, once per process.
import { createRequire } from 'node:module'
import type * as Ajv2020Module from 'ajv/dist/2020.js'
import type * as CsvParseSync from 'csv-parse/sync'
import type * as LibPhoneNumber from 'libphonenumber-js/max'
import type * as Obscenity from 'obscenity'
import type picomatchFunction from 'picomatch'
import { requireLibrary } from './vendor-path.js'

/** Each lazily loaded library and the packages it is (scripts/vendor-files.mjs bundles each). */
export const VENDOR_LIBRARIES = {
  libphonenumber: ['libphonenumber-js/max'],
  ajv: ['ajv/dist/2020.js', 'ajv-formats'],
  obscenity: ['obscenity'],
  'csv-parse': ['csv-parse/sync'],
  picomatch: ['picomatch']
} as const
export type VendorLibrary = keyof typeof VENDOR_LIBRARIES

const requireVendor = createRequire(import.meta.url)
const loaded = new Map<VendorLibrary, unknown[]>()

/** The library's packages, in VENDOR_LIBRARIES order; required on first use, once per process. */
function vendor(library: VendorLibrary): unknown[] {
  let modules = loaded.get(library)
  if (modules === undefined) {
    modules = requireLibrary(requireVendor, library, VENDOR_LIBRARIES[library])
    loaded.set(library, modules)
  }
  return modules
}

/** Whether a library has been loaded in this process (tests prove a run that needs none loads none). */
export function vendorLoaded(library: VendorLibrary): boolean {
  return loaded.has(library)
}

export function libphonenumber(): typeof LibPhoneNumber {
  return vendor('libphonenumber')[0] as typeof LibPhoneNumber
}

export function ajv2020(): typeof Ajv2020Module.Ajv2020 {
  return (vendor('ajv')[0] as typeof Ajv2020Module).Ajv2020
}

type AddFormats = (ajv: Ajv2020Module.Ajv2020) => unknown
/** ajv-formats is CommonJS; its function also carries itself as `.default`. */
export function ajvFormats(): AddFormats {
  const module = vendor('ajv')[1] as AddFormats & { default?: AddFormats }
  return module.default ?? module
}

export function obscenity(): typeof Obscenity {
  return vendor('obscenity')[0] as typeof Obscenity
}

export function csvParseSync(): typeof CsvParseSync {
  return vendor('csv-parse')[0] as typeof CsvParseSync
}

export function picomatch(): typeof picomatchFunction {
  return vendor('picomatch')[0] as typeof picomatchFunction
}
