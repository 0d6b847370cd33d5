import type { SlaReport } from '../operations/index.ts';
import { escapeHtml } from '../web/escape-html.ts';

/*
 * The SLA report as a bar chart (SVG), for the back office and for e-mailing a customer: per cable
 * class the mean repair time as a bar against two marks, the average target and the maximum of
 * vn:6.4.10, with the count repaired and the breaches under it. Plain SVG 1.1 with a title and a
 * description, so it reads without a browser's scripts and with a screen reader.
 */

const WIDTH = 720;
const PLOT_TOP = 56;
const PLOT_HEIGHT = 240;
const LEFT = 56;
const RIGHT = 24;
const BOTTOM_TEXT = 56;
const HEIGHT = PLOT_TOP + PLOT_HEIGHT + BOTTOM_TEXT;

const COLOURS = {
  within: '#1d6b3a',
  over: '#a3261b',
  none: '#8a8f98',
  average: '#1f4e8c',
  maximum: '#a3261b',
  grid: '#d9dce1',
  text: '#1b1f24',
};

export function slaChartSvg(report: SlaReport): string {
  const classes = report.classes;
  const scaleTop = niceCeiling(
    Math.max(1, ...classes.flatMap((row) => [row.maximumHours, row.meanRepairHours ?? 0])),
  );
  const y = (hours: number) => PLOT_TOP + PLOT_HEIGHT - (hours / scaleTop) * PLOT_HEIGHT;
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, classes.length);
  const barWidth = Math.min(56, slot * 0.5);
  const title = `SLA ${report.sellerId} ${report.from} – ${report.to}`;
  const description = classes
    .map(
      (row) =>
        `${row.cableClass} fibers: ${row.repaired} repaired, mean ${hoursText(row.meanRepairHours)} ` +
        `against an average of ${row.averageTargetHours ?? row.averageHours} h and a maximum of ${row.maximumHours} h, ` +
        `${row.breaches.length} breach${row.breaches.length === 1 ? '' : 'es'}`,
    )
    .join('; ');

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="title desc" font-family="system-ui, sans-serif" font-size="12" fill="${COLOURS.text}">`,
    `<title id="title">${escapeHtml(title)}</title>`,
    `<desc id="desc">${escapeHtml(description || 'No fiber breaks in this period')}</desc>`,
    `<text x="${LEFT}" y="24" font-size="15" font-weight="600">${escapeHtml(title)}</text>`,
    `<text x="${LEFT}" y="42">mean repair time (bar), average target (blue), maximum (red), in hours — ${escapeHtml(report.because.join(', '))}</text>`,
  ];
  for (const tick of ticks(scaleTop)) {
    parts.push(
      `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${fixed(y(tick))}" y2="${fixed(y(tick))}" stroke="${COLOURS.grid}"/>`,
      `<text x="${LEFT - 8}" y="${fixed(y(tick) + 4)}" text-anchor="end">${tick}</text>`,
    );
  }
  classes.forEach((row, index) => {
    const centre = LEFT + slot * index + slot / 2;
    const left = centre - barWidth / 2;
    const target = row.averageTargetHours ?? row.averageHours;
    const mean = row.meanRepairHours;
    const colour = mean === null ? COLOURS.none : row.withinAverage ? COLOURS.within : COLOURS.over;
    parts.push(`<g data-class="${escapeHtml(row.cableClass)}">`);
    if (mean !== null)
      parts.push(
        `<rect x="${fixed(left)}" y="${fixed(y(mean))}" width="${fixed(barWidth)}" height="${fixed(y(0) - y(mean))}" fill="${colour}"><title>mean ${hoursText(mean)}</title></rect>`,
      );
    parts.push(
      mark(left, barWidth, y(target), COLOURS.average, `average ${target} h`),
      mark(left, barWidth, y(row.maximumHours), COLOURS.maximum, `maximum ${row.maximumHours} h`),
      `<text x="${fixed(centre)}" y="${PLOT_TOP + PLOT_HEIGHT + 18}" text-anchor="middle" font-weight="600">${escapeHtml(row.cableClass)}</text>`,
      `<text x="${fixed(centre)}" y="${PLOT_TOP + PLOT_HEIGHT + 34}" text-anchor="middle">${row.repaired} repaired · ${hoursText(mean)}</text>`,
      `<text x="${fixed(centre)}" y="${PLOT_TOP + PLOT_HEIGHT + 50}" text-anchor="middle" fill="${row.breaches.length > 0 ? COLOURS.over : COLOURS.text}">${row.breaches.length} breach${row.breaches.length === 1 ? '' : 'es'}</text>`,
      '</g>',
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

function mark(left: number, width: number, at: number, colour: string, label: string): string {
  return `<line x1="${fixed(left - 6)}" x2="${fixed(left + width + 6)}" y1="${fixed(at)}" y2="${fixed(at)}" stroke="${colour}" stroke-width="3"><title>${escapeHtml(label)}</title></line>`;
}

function hoursText(hours: number | null): string {
  return hours === null ? 'no repairs' : `${hours.toFixed(1)} h`;
}

/** The smallest of 4, 8, 12, … 24, 32, 40, … at or above `hours`, so the grid reads in round hours. */
function niceCeiling(hours: number): number {
  const step = hours <= 24 ? 4 : 8;
  return Math.ceil(hours / step) * step;
}

function ticks(top: number): number[] {
  const step = top <= 24 ? 4 : 8;
  return Array.from({ length: top / step + 1 }, (_, index) => index * step);
}

function fixed(value: number): string {
  return value.toFixed(1);
}
