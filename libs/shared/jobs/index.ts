export { PollingLoop } from './polling-loop.js';
