import { ImportNoticesHandler } from './import-notices.handler.js';
import { NotificationsModule } from '../../notifications/src/index.js';
import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/src/index.js';
import { ListingsModule } from '../../listings/src/index.js';
import { ReferenceModule } from '../../reference/src/index.js';
import { RegistriesModule } from '../../registries/src/index.js';
import { StatisticsModule } from '../../statistics/src/index.js';
import { ImportBatch } from './import-batch.js';
import { ImportRunner } from './import-runner.js';
import { ImportWriter } from './import-writer.js';
import { ImportsService } from './imports.service.js';
import { ReferenceLoader } from './reference-loader.js';
import { TemplateService } from './template.service.js';
import { ImportFactsReader } from './import-facts.js';
import { ImportJobRepository } from './import-job.repository.js';
import { ImportedContractRepository } from './imported-contract.repository.js';
import { ImportedListingRepository } from './imported-listing.repository.js';
import { IdempotencyModule } from '../../shared/http/index.js';
import { ImportsConfig } from '../../shared/config/index.js';
import { DiskFileStore } from '../../shared/storage/index.js';
import { IMPORT_FILES } from './import-files.js';
import { ImportPassRepository } from './import-pass.repository.js';
import { ImportBatchRepository } from './import-batch.repository.js';

/**
 * Bulk import of achievements, needs, certified historical contracts and registry entries (XLSX/CSV): templates,
 * upload with dry run, commit in batches; passes run as jobs of the job queue (JobsModule is
 * global, imported by the apps).
 */
@Module({
  imports: [
    ReferenceModule,
    IdentityModule,
    NotificationsModule,
    StatisticsModule,
    ListingsModule,
    RegistriesModule,
    IdempotencyModule,
  ],
  providers: [
    ImportNoticesHandler,
    ImportJobRepository,
    ImportedContractRepository,
    ImportedListingRepository,
    ImportFactsReader,
    ImportsService,
    ImportRunner,
    ImportPassRepository,
    ImportBatchRepository,
    ImportBatch,
    ImportWriter,
    ReferenceLoader,
    TemplateService,
    // Import files stay in IMPORT_DIR (where they were before the storage port), through the one FileStore port.
    { provide: IMPORT_FILES, useFactory: (cfg: ImportsConfig) => new DiskFileStore(cfg.dir), inject: [ImportsConfig] },
  ],
  exports: [ImportFactsReader, ImportsService, ImportRunner, TemplateService, IMPORT_FILES],
})
export class ImportsModule {}
