import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/** Where the console's production build is (`npm run build -w console`), from the working directory the server starts in. */
export const CONSOLE_BUILD_DIR = resolve('console', 'dist');
export const CONSOLE_PATH = '/console';
const ASSETS_DIR = join(CONSOLE_BUILD_DIR, 'assets') + sep;

/** Whether `npm run build:console` has left a build to serve. */
export function consoleIsBuilt(): boolean {
  return existsSync(join(CONSOLE_BUILD_DIR, 'index.html'));
}

/** Vite names every asset by its content hash, so a file under assets/ never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The page itself names the current assets: browsers ask again every time. */
const REVALIDATE = 'no-cache';

/**
 * Serves the console's build at /console. A path with no file behind it is a screen of the
 * single-page app (a deep link, a reload), answered with index.html for the router to draw;
 * a missing file (a name with an extension) is a 404. Without a build (tests, `nest start`)
 * nothing is served and the API runs as before. Helmet's default policy (`'self'` scripts,
 * styles and connections) already admits the build: it has no inline script.
 */
export async function serveConsole(app: NestFastifyApplication): Promise<void> {
  if (!consoleIsBuilt()) return;
  await app.getHttpAdapter().getInstance().register(
    async (scope) => {
      await scope.register(fastifyStatic, {
        root: CONSOLE_BUILD_DIR,
        prefix: '/',
        setHeaders: (reply, path) => void reply.header('Cache-Control', path.startsWith(ASSETS_DIR) ? IMMUTABLE : REVALIDATE),
      });
      scope.setNotFoundHandler((request, reply) => {
        const lastSegment = request.url.split('?')[0]!.split('/').pop() ?? '';
        if ((request.method !== 'GET' && request.method !== 'HEAD') || lastSegment.includes('.')) {
          return reply.code(404).type('text/plain; charset=utf-8').send('Not Found');
        }
        return reply.header('Cache-Control', REVALIDATE).sendFile('index.html');
      });
    },
    { prefix: CONSOLE_PATH },
  );
}
