import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { projectRoot } from '../../../../libs/shared/config/index.js';

const isApiPath = (path: string): boolean => path === '/api' || path.startsWith('/api/');

function notFound(req: Request, res: Response): void {
  res.status(404).json({
    statusCode: 404,
    code: 'ROUTE_NOT_FOUND',
    message: `没有这个页面：${req.path}`,
    requestId: (req as Request & { id?: string }).id,
  });
}

/** Precompressed copies written by scripts/build.mjs, best first. */
const ENCODINGS: readonly { name: string; ext: string }[] = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
];

/**
 * Sends `file` compressed when the browser accepts an encoding it has a precompressed copy in
 * (built once by scripts/build.mjs: no CPU spent per request); false when it has none.
 */
function sendPrecompressed(req: Request, res: Response, file: string, cacheControl: string): boolean {
  const accepted = new Set(ENCODINGS.filter((e) => req.acceptsEncodings(e.name) === e.name).map((e) => e.name));
  const encoding = ENCODINGS.find((e) => accepted.has(e.name) && existsSync(file + e.ext));
  res.setHeader('Vary', 'Accept-Encoding');
  if (!encoding) return false;
  res.setHeader('Content-Encoding', encoding.name);
  res.setHeader('Cache-Control', cacheControl);
  // the type of the original, not of the .br/.gz file
  res.type(extname(file));
  res.sendFile(file + encoding.ext);
  return true;
}

/**
 * The browser app built by Vite into dist/web, served at `/`: its files as they are (hashed
 * assets cached for a year), and index.html for any other GET that a browser makes, so that
 * client-side routes such as /login survive a reload. /api stays the API's; without a built web
 * app (api run from sources, or before the first build) every non-/api path is a JSON 404.
 */
export function webAppMiddleware(webDir = join(projectRoot(), 'dist', 'web')): RequestHandler[] {
  const indexHtml = join(webDir, 'index.html');
  if (!existsSync(indexHtml)) {
    return [(req: Request, res: Response, next: NextFunction) => (isApiPath(req.path) ? next() : notFound(req, res))];
  }
  const files = express.static(webDir, {
    index: false,
    fallthrough: true,
    setHeaders: (res, path) => {
      res.setHeader(
        'Cache-Control',
        path.includes(`${join(webDir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const assetsDir = join(webDir, 'assets');
  return [
    (req: Request, res: Response, next: NextFunction) => {
      if (isApiPath(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
      const file = normalize(join(webDir, req.path));
      // only files under the web app's folder; anything else falls through to express.static's own checks
      if (!file.startsWith(assetsDir + sep) || !existsSync(file)) return next();
      if (!sendPrecompressed(req, res, file, 'public, max-age=31536000, immutable')) next();
    },
    (req: Request, res: Response, next: NextFunction) => (isApiPath(req.path) ? next() : files(req, res, next)),
    (req: Request, res: Response, next: NextFunction) => {
      if (isApiPath(req.path)) return next();
      const wantsPage =
        (req.method === 'GET' || req.method === 'HEAD') &&
        req.accepts(['json', 'html']) === 'html' &&
        !req.path.startsWith('/assets/');
      if (!wantsPage) return notFound(req, res);
      if (sendPrecompressed(req, res, indexHtml, 'no-cache')) return;
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexHtml);
    },
  ];
}
