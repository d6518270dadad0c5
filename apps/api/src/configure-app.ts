import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { AppExceptionFilter, createValidationPipe } from '../../../libs/shared/errors/index.js';
import { requestIdFor } from '../../../libs/shared/logging/index.js';

/**
 * Everything main.ts and the e2e tests share: request ids and JSON request logs, the global
 * prefix, validation pipe, exception filter and the OpenAPI document.
 */
export function configureApp(app: INestApplication, logger: Logger): void {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  express.set('query parser', 'extended');
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => requestIdFor(req, res),
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    }),
  );
  // Everything the API serves is under /api; any other path is not ours (the web app will be
  // mounted here) and answers a JSON 404 rather than Express's HTML page.
  express.use((req: Request, res: Response, next: NextFunction) => {
    if (req.path === '/api' || req.path.startsWith('/api/')) return next();
    res.status(404).json({ statusCode: 404, code: 'ROUTE_NOT_FOUND', message: `没有这个页面：${req.path}`, requestId: (req as Request & { id?: string }).id });
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AppExceptionFilter());
  app.enableShutdownHooks();

  const doc = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('网上技术市场 API')
      .setDescription('技术需求、科技成果、揭榜挂帅、技术经纪、技术合同登记与统计')
      .setVersion('0.1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, doc, { jsonDocumentUrl: 'api/docs-json' });
}
