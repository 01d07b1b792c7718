import { DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The web console (apps/console), built by Vite into dist/console and served at `/`. Every API
 * route keeps answering as before: the console's files match no API path, and index.html is
 * served only for the console's own screens (CONSOLE_SCREENS, kept in step with
 * apps/console/src/router.ts), so an unknown path still gets its API family's JSON 404.
 * Resolved from the working directory, as `npm start`, the image and the tests all run from
 * the repository root.
 */
export const CONSOLE_DIR = join(process.cwd(), 'dist', 'console');
export const CONSOLE_SCREENS = ['sign-in', 'tenants', 'bots', 'inbox', 'broadcasts', 'replicas', 'contacts', 'overview', 'jobs', 'events'] as const;
/** The paths answered with index.html: a screen, or anything below one that is not a file. */
export const CONSOLE_SCREEN_PATHS = new RegExp(`^/(${CONSOLE_SCREENS.join('|')})(/[^.]*)?$`);

@Module({})
export class ConsoleModule {
  /** Serves the console when it has been built; the API alone otherwise. */
  static forRoot(directory = CONSOLE_DIR): DynamicModule {
    if (!existsSync(join(directory, 'index.html'))) return { module: ConsoleModule };
    return {
      module: ConsoleModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath: directory,
          renderPath: CONSOLE_SCREEN_PATHS,
          serveStaticOptions: { index: 'index.html', fallthrough: true, redirect: false },
        }),
      ],
    };
  }
}
