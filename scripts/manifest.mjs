// The build step for manifest.xml: the committed manifest points at the dev server (https://localhost:3000); a
// production build rewrites it for the deployment's base URL (see webpack.config.js).

export const DEV_BASE_URL = 'https://localhost:3000';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks and normalises a production base URL: Office only loads add-in pages over https, and a path prefix
 * (an add-in hosted under https://example.com/circles) is allowed. Throws an Error naming the problem.
 */
export function normaliseBaseUrl(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL must be https (Office refuses http): ${baseUrl}`);
  if (url.search || url.hash) throw new Error(`ADDIN_BASE_URL must not have a query or fragment: ${baseUrl}`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * Rewrites the manifest for a deployment: every dev URL becomes `baseUrl`. Text-level on purpose: the XML keeps
 * its comments, order and formatting. The manifest names no Entra application (nested app authentication reads
 * the client id from the pages' configuration), but a `clientId` that is not a GUID still fails the build here,
 * before a deployment that could never sign in.
 *
 * @param {string} xml the committed manifest.xml
 * @param {{ baseUrl?: string, clientId?: string, devBaseUrl?: string }} options
 * @returns {string}
 */
export function rewriteManifest(xml, options = {}) {
  const devBaseUrl = options.devBaseUrl ?? DEV_BASE_URL;
  const baseUrl = options.baseUrl ? normaliseBaseUrl(options.baseUrl) : devBaseUrl;
  const clientId = options.clientId?.trim();
  if (clientId && !GUID.test(clientId)) throw new Error(`CIRCLES_CLIENT_ID must be a GUID: ${clientId}`);
  return xml.split(devBaseUrl).join(baseUrl);
}
