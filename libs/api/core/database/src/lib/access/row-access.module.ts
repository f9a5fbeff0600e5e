import { Module, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { enforceRowLevelAccess } from './enforce-row-access';

/** Turns on row-level access for the app's DataSource once it is connected and migrated. */
@Module({})
export class RowAccessModule implements OnModuleInit {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    enforceRowLevelAccess(this.dataSource);
  }
}
