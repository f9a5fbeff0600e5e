import { MigrationInterface, QueryRunner } from 'typeorm';

// A local authority's cell in an equal-area hex layout (HexJSON "odd-r" column and row), for the
// place map's "Hex" view: the demo county's are generated; real ones can come from a HexJSON file.
export class PlaceHexLayout1795490000000 implements MigrationInterface {
  name = 'PlaceHexLayout1795490000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "place" ADD "hex_q" integer`);
    await queryRunner.query(`ALTER TABLE "place" ADD "hex_r" integer`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "place" DROP COLUMN "hex_r"`);
    await queryRunner.query(`ALTER TABLE "place" DROP COLUMN "hex_q"`);
  }
}
