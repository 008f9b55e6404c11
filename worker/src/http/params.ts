/** Path parameters as the services compare them: NFC (a code typed on one system matches the stored one). */
type WithParams = { req: { param: (name: string) => string | undefined } };

/** The path parameter `name` of a route that declares it, NFC-normalised. */
export const param = (c: WithParams, name: string): string => c.req.param(name)!.normalize('NFC');

/** The `:campaign` path parameter, NFC-normalised. */
export const campaignOf = (c: WithParams): string => param(c, 'campaign');
