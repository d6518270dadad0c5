export { Public, IS_PUBLIC } from './public.decorator.js';
