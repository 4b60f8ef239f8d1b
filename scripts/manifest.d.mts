export declare const DEV_BASE_URL: string;
export declare const PLACEHOLDER_CLIENT_ID: string;
export declare function normaliseBaseUrl(baseUrl: string): string;
export declare function rewriteManifest(
  xml: string,
  options?: { baseUrl?: string; clientId?: string; devBaseUrl?: string },
): string;
