// Rewrites the development URLs of manifest.xml to the production base URL given at build time.
export function rewriteManifest(xml, devBaseUrl, baseUrl, config = {}) {
  let out = xml.split(devBaseUrl).join(baseUrl);
  if (config.clientId) out = out.replace(/<Id>00000000-0000-0000-0000-000000000000<\/Id>(\s*<Resource>)/, `<Id>${config.clientId}</Id>$1`);
  return out;
}
