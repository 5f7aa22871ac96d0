// The libraries src/core/vendor.ts loads at first use, each with its packages (VENDOR_LIBRARIES
// there; __tests__/core/vendor.test.ts checks the two agree). scripts/build.mjs writes one CommonJS
// file per library to dist/vendor/<name>.cjs; packages that share code (ajv and ajv-formats) share
// a file, so they share one copy of it, as they did in the bundle.
export const VENDOR_LIBRARIES = {
  libphonenumber: ['libphonenumber-js/max'],
  ajv: ['ajv/dist/2020.js', 'ajv-formats'],
  obscenity: ['obscenity'],
  'csv-parse': ['csv-parse/sync'],
  picomatch: ['picomatch']
}
