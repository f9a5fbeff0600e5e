import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
}

/** For load balancers and people: is the API up, and can it reach PostgreSQL? */
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const databaseUp = await this.pingDatabase();
    response.status(databaseUp ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: databaseUp ? 'ok' : 'degraded', database: databaseUp ? 'up' : 'down' };
  }

  private async pingDatabase(): Promise<boolean> {
    // The timer is cleared once the ping answers: left running, it held the process (and
    // the integration run: "Jest did not exit one second after the test run") for 2 s.
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 2000))),
      ]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
