import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionOf } from '@cg/api/core/graphql';
import type { Request } from 'express';
import { CsvImportService } from './csv-import.service';
import { CsvImport, CsvImportConnection } from './csv-import.type';

@Resolver(() => CsvImport)
export class CsvImportResolver {
  constructor(private readonly imports: CsvImportService) {}

  @Query(() => CsvImportConnection, {
    description: "CSV imports of the user's organisations, newest first; instance admins see every organisation's.",
  })
  csvImports(@Context('req') req: Request, @Args() page: ConnectionArgs): Promise<ConnectionOf<CsvImport>> {
    return this.imports.history(req.user, page);
  }
}
