export { DEAL_STAGES, DEAL_STAGE_NAMES, type DealStage } from './deal-stages.js';
