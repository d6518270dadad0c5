export { RoadshowsModule } from './roadshows.module.js';
export { RoadshowsService, type ItemRef, type RoadshowPatch } from './roadshows.service.js';
export { RoadshowParticipationService } from './roadshow-participation.service.js';
export { RoadshowFactsReader } from './roadshow-facts.js';
export type { RoadshowView, RoadshowItemView, RegistrationView, ParticipantsView } from './roadshow-views.js';
export type { RoadshowInput, RoadshowFormat, RoadshowPhase } from './roadshow.rules.js';
export { ROADSHOW_FORMATS, MAX_ITEMS as MAX_ROADSHOW_ITEMS } from './roadshow.rules.js';
export {
  RoadshowsError,
  RoadshowsErrorCode,
  RoadshowNotFoundError,
  RoadshowOrganiserCannotRegisterError,
} from './roadshows.errors.js';
