export { PageQueryDto, pageOffset, toPage, MAX_PAGE_SIZE, type Page, type PageRequest } from './page.js';
