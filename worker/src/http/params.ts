/**
 * Path parameters, read as routed. They are already NFC: the app routes on `nfcPath` (http/path.ts), so a
 * code typed decomposed on one system matches the stored composed one without each route normalising. Each
 * is then held to the text policy (decision 0025): a control, bidi or format character is 422 naming the
 * parameter (`/{group}`), never a lookup; removable invisible characters are dropped as in a body.
 */
import { pathParam } from '../../../shared/contract/fields';
import { invalid } from '../errors';
import { problemsOf } from '../validation';

type WithParams = { req: { param: (name: string) => string | undefined } };

/** The path parameter `name` of a route that declares it. */
export function param(c: WithParams, name: string): string {
  const value = c.req.param(name);
  if (value === undefined) throw new TypeError(`The route declares no :${name}`);
  const checked = pathParam.safeParse(value);
  if (!checked.success) throw invalid(problemsOf(checked.error, value, [`{${name}}`]));
  return checked.data;
}

/** The `:campaign` path parameter. */
export const campaignOf = (c: WithParams): string => param(c, 'campaign');
