export { railsConfigSchema, type RailsConfig } from './schema.js';
