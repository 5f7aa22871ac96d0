import type { ProviderConfig } from '../config/schema.js';
import type { VersionSide } from '../core/types.js';
export declare const OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1";
export declare const ANTHROPIC_DEFAULT_BASE_URL = "https://api.anthropic.com";
type ModelApiConfig = Extract<ProviderConfig, {
    type: 'openai' | 'openai-compatible' | 'azure-openai' | 'anthropic';
}>;
/** A model API's base URL: the configured one, else the vendor's own. */
export declare function apiBaseUrl(config: ModelApiConfig): string;
/** A feature endpoint's URL for `side`: the base version may run elsewhere (baseVersionUrl). */
export declare function featureUrl(config: Extract<ProviderConfig, {
    type: 'http';
}>, side: VersionSide): string;
/** The URL a provider's calls for `side` go to; undefined for providers that call no server (exec, replay). */
export declare function endpointOf(config: ProviderConfig, side: VersionSide): string | undefined;
/** Host (IPv6 literals without brackets) and port (the scheme's default when none is given) of a URL. */
export declare function hostAndPort(url: URL): {
    address: string;
    port: number;
};
/** The server behind `url`, for server.address and server.port; undefined for a URL that is none. */
export declare function serverOf(url: string): {
    address: string;
    port: number;
} | undefined;
export {};
