import { chartCsv } from './chart-csv';

describe('chart data as CSV', () => {
  it('neutralises cells a spreadsheet would run as formulas and quotes separators', () => {
    const csv = chartCsv(
      ['phrase', 'count'],
      [
        ['=HYPERLINK("http://x")', 7],
        ['@SUM(A1)', 5],
        ['chaise, table', 6],
        ['-2+3', 5],
      ],
    );
    expect(csv).toBe(
      '\uFEFFphrase,count\r\n"\'=HYPERLINK(""http://x"")",7\r\n\'@SUM(A1),5\r\n"chaise, table",6\r\n\'-2+3,5\r\n',
    );
  });
});
