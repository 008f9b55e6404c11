/**
 * Path parameters, read as routed. They are already NFC: the app routes on `nfcPath` (http/path.ts), so a
 * code typed decomposed on one system matches the stored composed one without each route normalising.
 */
type WithParams = { req: { param: (name: string) => string | undefined } };

/** The path parameter `name` of a route that declares it. */
export function param(c: WithParams, name: string): string {
  const value = c.req.param(name);
  if (value === undefined) throw new TypeError(`The route declares no :${name}`);
  return value;
}

/** The `:campaign` path parameter. */
export const campaignOf = (c: WithParams): string => param(c, 'campaign');
