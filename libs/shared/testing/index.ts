export { inlineStringBombXlsx, sharedStringsXlsx, sheetXlsx, zipOf, type PartSource } from './xlsx-fixtures.js';
export { createTestDatabase, testServers, TEMPLATE_DB, type TestDatabase, type TestServers } from './test-servers.js';
export { useTestModule, type TestModuleHandle, type TestModuleOptions } from './test-module.js';
