import { Global, Module } from '@nestjs/common';
import { RecordWriter } from './record-writer';

@Global()
@Module({ providers: [RecordWriter], exports: [RecordWriter] })
export class RecordsModule {}
