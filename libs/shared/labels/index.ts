export { DEAL_STAGES, DEAL_STAGE_NAMES, DEAL_STAGE_NOTE_MAX, type DealStage } from './deal-stages.js';
export { REGISTRY_KINDS, type RegistryKindDef, type RegistryKindName } from './registry-kinds.js';
export { chinaDayText, chinaMinuteText, chinaSecondText } from './china-time.js';
export { bookTitle, quoted } from './book-title.js';
