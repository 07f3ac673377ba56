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
