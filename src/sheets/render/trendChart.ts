import type { Trend } from '../../core/report/clientUpdate';
import type { BlobLike, ChartsLike } from './renderServices';

/** The GMV trend as a PNG column chart from the Charts service (periods without data left out, said in the title). */
export function trendChartPng(trend: Trend, charts: ChartsLike): BlobLike {
  const known = trend.points.filter((p) => p.value !== null);
  const table = charts.newDataTable().addColumn(charts.ColumnType.STRING, 'Period').addColumn(charts.ColumnType.NUMBER, 'GMV');
  for (const point of known) table.addRow([point.label, point.value ?? 0]);
  const missing = trend.points.length - known.length;
  const title = missing ? `${trend.title}; ${missing} without data` : trend.title;
  return charts
    .newColumnChart()
    .setDataTable(table.build())
    .setTitle(title)
    .setDimensions(720, 300)
    .setLegendPosition(charts.Position.NONE)
    .setColors(['#2f6fdf'])
    .build()
    .getAs('image/png');
}

/** A daily rate as a PNG line chart with its limit as a second, flat line (the evidence pack's timeline). */
export function limitChartPng(trend: Trend, charts: ChartsLike): BlobLike {
  const table = charts
    .newDataTable()
    .addColumn(charts.ColumnType.STRING, 'Day')
    .addColumn(charts.ColumnType.NUMBER, 'Daily rate')
    .addColumn(charts.ColumnType.NUMBER, `Limit ${trend.limit?.text ?? ''}`);
  for (const point of trend.points) if (point.value !== null) table.addRow([point.label, point.value, trend.limit?.value ?? 0]);
  return charts
    .newLineChart()
    .setDataTable(table.build())
    .setTitle(trend.title)
    .setDimensions(720, 300)
    .setColors(['#2f6fdf', '#b3261e'])
    .build()
    .getAs('image/png');
}
