import { isDeepStrictEqual } from 'node:util';

/**
 * The ratio only means something if both servers answer the same thing: compares the two
 * JSON bodies of each path (key order aside) and names the first path that differs.
 */
export async function compareResponses(
  appUrl: string,
  baselineUrl: string,
  paths: readonly string[],
  appHeaders: Record<string, string>,
): Promise<string | null> {
  for (const path of paths) {
    const [app, baseline] = await Promise.all([fetch(appUrl + path, { headers: appHeaders }), fetch(baselineUrl + path)]);
    const [appBody, baselineBody] = await Promise.all([app.json(), baseline.json()]);
    if (app.status !== baseline.status || !isDeepStrictEqual(appBody, baselineBody)) {
      return `${path}: app ${app.status} ${JSON.stringify(appBody).slice(0, 300)} … baseline ${baseline.status} ${JSON.stringify(baselineBody).slice(0, 300)}`;
    }
  }
  return null;
}
