import type { Logger } from '../../shared/logger';
import type { DirectoryService } from './directory.service';
import type { PlaceEditor } from './place-editor.service';
import type { PlacesService } from './places.service';

// What the places module adds to the resolvers' context (shared/context.ts).
declare module '../../shared/context' {
  interface Context {
    places: PlacesService;
    directory: DirectoryService;
  }
  interface BackOffice {
    places: PlaceEditor;
    /** What place write commands need (accepting a suggestion writes a place). */
    writeDeps: { directory: DirectoryService; logger: Logger };
  }
}
