/** `.delibera.json` handling shared by the CLI and the language server (pure: the caller reads files). */
export {
  CONFIG_FILE_NAME,
  CONFIG_SCHEMA,
  applySettings,
  configToOptions,
  formatConfigProblem,
  formatPath,
  mergeConfigs,
  parseConfig,
  validateConfig,
} from './config';
export type { ConfigProblem, DeliberaConfig, ParsedConfig } from './config';
export { createConfigResolver, joinPath, optionsForFolder, parentDir } from './discover';
export type { ConfigHost, ConfigLayer, ConfigResolver } from './discover';
export { SUPPORTED_KEYWORDS, validateAgainstSchema } from './json-schema';
export type { JsonSchema, SchemaIssue } from './json-schema';
