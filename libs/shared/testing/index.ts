export { createTestDatabase, testServers, TEMPLATE_DB, type TestDatabase, type TestServers } from './test-servers.js';
