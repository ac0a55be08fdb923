/** Text sizes in px: presenter mode sets every figure a room must read at 20 px or more. */
export interface ChartText {
  tickPx: number;
  labelPx: number;
  /** Room for the y axis's tick labels. */
  axisWidth: number;
}

export const CHART_TEXT: Record<'normal' | 'present', ChartText> = {
  normal: { tickPx: 13, labelPx: 13, axisWidth: 66 },
  present: { tickPx: 20, labelPx: 20, axisWidth: 96 },
};
