import { bigQueryRunner } from '../../src/sheets/bigQueryRunner';

type Jobs = Parameters<typeof bigQueryRunner>[0];

describe('bigQueryRunner', () => {
  it('gives up with a clear message when the job is still running after ten waits', () => {
    let waits = 0;
    const jobs = {
      query: () => ({ jobComplete: false, jobReference: { jobId: 'job-9' } }),
      getQueryResults: () => (waits++, { jobComplete: false }),
    } as unknown as Jobs;
    expect(() => bigQueryRunner(jobs).query('acme-shops', 'SELECT 1')).toThrow(
      'BigQuery job job-9 has not finished after 5 minutes; try again later.',
    );
    expect(waits).toBe(10);
  });

  it('reads a result that came back at once, NULL as null, without another request', () => {
    const jobs = {
      query: () => ({ jobComplete: true, jobReference: { jobId: 'job-1' }, rows: [{ f: [{ v: '2026-11-16' }, { v: null }] }] }),
      getQueryResults: () => {
        throw new Error('not needed');
      },
    } as unknown as Jobs;
    expect(bigQueryRunner(jobs).query('acme-shops', 'SELECT 1')).toEqual([['2026-11-16', null]]);
  });

  it('says the advanced service is not enabled when Apps Script has no BigQuery global', () => {
    expect(() => bigQueryRunner(undefined)).toThrow('The BigQuery advanced service is not enabled');
  });
});
