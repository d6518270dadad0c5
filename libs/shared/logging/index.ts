export { createPinoLogger, PinoNestLogger, REDACT_PATHS } from './pino-logger.js';
export { requestIdFor } from './request-id.js';
