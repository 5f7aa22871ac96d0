// proxy-from-env ships no types; its one export, as its README documents it.
declare module 'proxy-from-env' {
  /** The proxy URL for `url` from the environment, or '' when the request goes direct. */
  export function getProxyForUrl(url: string | URL): string
}
