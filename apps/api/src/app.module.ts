import { Module, type DynamicModule } from '@nestjs/common';
import { ReferenceModule } from '../../../libs/reference/src/index.js';
import { SearchModule } from '../../../libs/search/src/index.js';
import { ConfigModule, type Env } from '../../../libs/shared/config/index.js';
import { DatabaseModule } from '../../../libs/shared/database/index.js';
import { HealthController } from './health/health.controller.js';
import { HealthService } from './health/health.service.js';
import { ReferenceController } from './reference/reference.controller.js';

/** The HTTP application. `env` overrides process variables (tests, launcher). */
@Module({})
export class AppModule {
  static forRoot(env: Env = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(env), DatabaseModule, SearchModule, ReferenceModule],
      controllers: [HealthController, ReferenceController],
      providers: [HealthService],
    };
  }
}
