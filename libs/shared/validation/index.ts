export { PHONE_PATTERN, isPhone } from './phone.js';
export { UUID_PATTERN, isUuid } from './uuid.js';
