import { Module } from '@nestjs/common';
import { CsvImportResolver } from './csv-import.resolver';
import { CsvImportService } from './csv-import.service';
import { DataExchangeController } from './http/data-exchange.controller';

/** CSV import and export of an organisation's records, and the whole-organisation archive (issue #12). */
@Module({
  controllers: [DataExchangeController],
  providers: [CsvImportService, CsvImportResolver],
  exports: [CsvImportService],
})
export class DataExchangeModule {}
