import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue #13, the directory's places within places. cg_places_inside walks the place tree on the
// GiST index; the planner, which guesses a few hundred places where a county has 1,778, chose a
// parallel plan (Gather Merge, two workers) for it, and launching the workers took 150-180 ms of the
// county filter's 450-700 ms on a loaded 2-core machine, for 15 ms of work. These helpers answer
// one request's filter and are never worth a worker: each runs serially (a SET on the function,
// so nothing else changes).
const SERIAL = ['cg_places_inside(uuid[])', 'cg_organisations_at(uuid[])', 'cg_grants_touching(uuid[])'];

export class SerialPlaceCandidates1796639688802 implements MigrationInterface {
  name = 'SerialPlaceCandidates1796639688802';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const fn of SERIAL) await queryRunner.query(`ALTER FUNCTION ${fn} SET max_parallel_workers_per_gather = 0`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of SERIAL) await queryRunner.query(`ALTER FUNCTION ${fn} RESET max_parallel_workers_per_gather`);
  }
}
