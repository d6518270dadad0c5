export { PHONE_PATTERN, isPhone } from './phone.js';
