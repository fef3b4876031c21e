/**
 * What every dashboard chart shares: points named by `label`, the legend under the drawing in the
 * series' order, no keyboard layer (the drawing is hidden from screen readers; the card's summary
 * and table speak for it).
 */
export const CHART_PROPS = {
  dataKey: 'label',
  legendProps: { verticalAlign: 'bottom', itemSorter: null },
  accessibilityLayer: false,
} as const;

/** The weeks along the bottom: first and last always named, the others as room allows. */
export const WEEK_AXIS_PROPS = { interval: 'preserveStartEnd', minTickGap: 8 } as const;

const shorten = (label: string, max = 22) => (label.length > max ? `${label.slice(0, max - 1)}…` : label);

/** Names on the left of horizontal bars: long ones are cut (the tooltip and the table have them whole). */
export const NAME_AXIS_PROPS = { width: 150, tickFormatter: (label: string) => shorten(label) };
