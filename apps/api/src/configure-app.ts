import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { HttpConfig } from '../../../libs/shared/config/index.js';
import { AppExceptionFilter, createValidationPipe } from '../../../libs/shared/errors/index.js';
import { requestIdFor } from '../../../libs/shared/logging/index.js';
import { answerHttpParserErrors, useBodyLimits } from './request-limits.js';
import { webAppMiddleware } from './web/web-app.middleware.js';

/**
 * Everything main.ts and the e2e tests share: request ids and JSON request logs, body limits,
 * the global prefix, validation pipe, exception filter and the OpenAPI document.
 */
export function configureApp(app: INestApplication, logger: Logger): void {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  express.set('query parser', 'extended');
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => requestIdFor(req, res),
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    }),
  );
  // Everything the API serves is under /api; the web app (dist/web) is served at `/`, and any
  // other path answers a JSON 404 rather than Express's HTML page.
  for (const handler of webAppMiddleware()) express.use(handler);
  useBodyLimits(express, app.get(HttpConfig));
  answerHttpParserErrors(express.getHttpServer() as Server);
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
