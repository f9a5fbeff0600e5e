import { Type } from '@nestjs/common';
import { InputType } from '@nestjs/graphql';
import { RecordId, VersionField } from './input-fields';

/**
 * The update input of a record: its `…Fields` (all optional) plus the `id` of the record of `kind`
 * and the `version` the user read. `class UpdateProjectInput extends UpdateInputOf(ProjectFields, 'project') {}`
 */
export function UpdateInputOf<T>(fields: Type<T>, kind: string): Type<T & { id: string; version: number }> {
  @InputType({ isAbstract: true })
  abstract class UpdateInput extends (fields as Type<object>) {
    @RecordId(kind)
    id!: string;

    @VersionField()
    version!: number;
  }
  return UpdateInput as unknown as Type<T & { id: string; version: number }>;
}
