// Replaced at bundle time would couple the build to package.json; a constant kept in sync by a test is simpler.
export const PROMPTGATE_VERSION = '0.1.0'
