/**
 * DrawingML chart parts (ECMA-376 Part 1, §21.2) from a ChartPlan: a line, pie, clustered column
 * or clustered bar chart whose series read cell ranges and carry their values in c:strCache /
 * c:numCache, so every viewer shows them without recalculating. Pure: text in, text out.
 */
import type { ChartPlan, ChartSeriesPlan } from '../../workbook/types';

export const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Series colours (Office theme accents). */
const COLOURS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E'];

/**
 * XML text and attribute escaping; characters XML 1.0 forbids are dropped.
 * @example xmlText('a<b & "c"') // → 'a&lt;b &amp; &quot;c&quot;'
 */
export function xmlText(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const val = (tag: string, v: string | number): string => `<c:${tag} val="${v}"/>`;

function richText(text: string, size: number, bold: boolean): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function strCache(values: readonly string[]): string {
  return `<c:strCache>${val('ptCount', values.length)}${values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
}

/** Number cache; a null value has no point (a gap), as Excel writes an empty cell. */
function numCache(values: readonly (number | null)[], formatCode: string): string {
  const pts = values.map((v, i) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numCache><c:formatCode>${xmlText(formatCode)}</c:formatCode>${val('ptCount', values.length)}${pts}</c:numCache>`;
}

const solid = (rgb: string): string => `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;

/** Data labels: values only, in the chart's number format. */
function dataLabels(numFmt: string, extra = ''): string {
  return `<c:dLbls><c:numFmt formatCode="${xmlText(numFmt)}" sourceLinked="0"/>${extra}${val('showLegendKey', 0)}${val('showVal', 1)}${val('showCatName', 0)}${val('showSerName', 0)}${val('showPercent', 0)}${val('showBubbleSize', 0)}</c:dLbls>`;
}

function series(p: ChartPlan, s: ChartSeriesPlan, i: number): string {
  const head = `${val('idx', i)}${val('order', i)}<c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>`;
  const cat = `<c:cat><c:strRef><c:f>${xmlText(s.categoriesRef)}</c:f>${strCache(s.categories)}</c:strRef></c:cat>`;
  const values = `<c:val><c:numRef><c:f>${xmlText(s.valuesRef)}</c:f>${numCache(s.values, p.numFmt)}</c:numRef></c:val>`;
  const colour = COLOURS[i % COLOURS.length];
  if (p.kind === 'line')
    return `<c:ser>${head}<c:spPr><a:ln w="28575">${solid(colour)}</a:ln></c:spPr><c:marker>${val('symbol', 'circle')}${val('size', 6)}</c:marker>${dataLabels(p.numFmt, val('dLblPos', 't'))}${cat}${values}${val('smooth', 0)}</c:ser>`;
  if (p.kind === 'pie') {
    const points = s.categories.map((_, k) => `<c:dPt>${val('idx', k)}${val('bubble3D', 0)}<c:spPr>${solid(COLOURS[k % COLOURS.length])}</c:spPr></c:dPt>`).join('');
    return `<c:ser>${head}${points}${dataLabels(p.numFmt, val('dLblPos', 'bestFit'))}${cat}${values}</c:ser>`;
  }
  return `<c:ser>${head}<c:spPr>${solid(colour)}</c:spPr>${val('invertIfNegative', 0)}${dataLabels(p.numFmt, val('dLblPos', 'outEnd'))}${cat}${values}</c:ser>`;
}

const CAT_AX = 500001;
const VAL_AX = 500002;

function axes(p: ChartPlan): string {
  const horizontal = p.kind === 'bar';
  const scaling = `<c:scaling>${val('orientation', horizontal ? 'maxMin' : 'minMax')}</c:scaling>`;
  const valScaling = `<c:scaling>${val('orientation', 'minMax')}${p.max !== undefined ? val('max', p.max) : ''}${val('min', 0)}</c:scaling>`;
  const cat =
    `<c:catAx>${val('axId', CAT_AX)}${scaling}${val('delete', 0)}${val('axPos', horizontal ? 'l' : 'b')}` +
    (p.categoryNumFmt ? `<c:numFmt formatCode="${xmlText(p.categoryNumFmt)}" sourceLinked="0"/>` : `<c:numFmt formatCode="General" sourceLinked="1"/>`) +
    `${val('majorTickMark', 'none')}${val('minorTickMark', 'none')}${val('tickLblPos', 'nextTo')}${val('crossAx', VAL_AX)}${val('crosses', 'autoZero')}` +
    `${val('auto', 0)}${val('lblAlgn', 'ctr')}${val('lblOffset', 100)}${val('noMultiLvlLbl', 0)}</c:catAx>`;
  const value =
    `<c:valAx>${val('axId', VAL_AX)}${valScaling}${val('delete', 0)}${val('axPos', horizontal ? 'b' : 'l')}<c:majorGridlines><c:spPr><a:ln w="6350">${solid('D9D9D9')}</a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${xmlText(p.numFmt)}" sourceLinked="0"/>${val('majorTickMark', 'none')}${val('minorTickMark', 'none')}${val('tickLblPos', 'nextTo')}` +
    `${val('crossAx', CAT_AX)}${val('crosses', horizontal ? 'max' : 'autoZero')}${val('crossBetween', 'between')}</c:valAx>`;
  return cat + value;
}

function plot(p: ChartPlan): string {
  const sers = p.series.map((s, i) => series(p, s, i)).join('');
  const ids = `${val('axId', CAT_AX)}${val('axId', VAL_AX)}`;
  if (p.kind === 'pie') return `<c:pieChart>${val('varyColors', 1)}${sers}${val('firstSliceAng', 0)}</c:pieChart>`;
  if (p.kind === 'line') return `<c:lineChart>${val('grouping', 'standard')}${val('varyColors', 0)}${sers}${val('marker', 1)}${ids}</c:lineChart>${axes(p)}`;
  const dir = p.kind === 'bar' ? 'bar' : 'col';
  return `<c:barChart>${val('barDir', dir)}${val('grouping', 'clustered')}${val('varyColors', 0)}${sers}${val('gapWidth', 80)}${ids}</c:barChart>${axes(p)}`;
}

/**
 * The chart part of a ChartPlan.
 * @example chartXml({ id: 'x', kind: 'pie', title: 'T', sheet: 'stats', from: { row: 1, col: 1 }, to: { row: 2, col: 2 }, numFmt: '0', series: [] }).includes('<c:pieChart>') // → true
 */
export function chartXml(p: ChartPlan, lang = 'zh-CN'): string {
  const legend = p.series.length > 1 || p.kind === 'pie' ? `<c:legend>${val('legendPos', p.kind === 'pie' ? 'r' : 'b')}${val('overlay', 0)}</c:legend>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">${val('date1904', 0)}${val('lang', lang)}${val('roundedCorners', 0)}` +
    `<c:chart><c:title>${richText(p.title, 1200, true)}${val('overlay', 0)}</c:title>${val('autoTitleDeleted', 0)}` +
    `<c:plotArea><c:layout/>${plot(p)}</c:plotArea>${legend}${val('plotVisOnly', 1)}${val('dispBlanksAs', 'gap')}</c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}

/**
 * The drawing part that places charts on a sheet: one two-cell anchor per chart (`rIds[i]` is the
 * drawing's relationship to chart i). Anchors are 0-based; ChartPlan positions are 1-based.
 */
export function drawingXml(charts: readonly ChartPlan[], rIds: readonly string[]): string {
  const anchor = (p: ChartPlan, i: number): string =>
    `<xdr:twoCellAnchor editAs="oneCell">` +
    `<xdr:from><xdr:col>${p.from.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.from.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${p.to.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.to.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlText(p.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${R_NS}" r:id="${rIds[i]}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${A_NS}">${charts.map(anchor).join('')}</xdr:wsDr>`
  );
}
