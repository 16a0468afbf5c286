import { useComputedColorScheme } from '@mantine/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { echarts } from './echarts';

/**
 * One ECharts chart, drawn as SVG (sharp on screen and in print), resized with its box. Screen readers get the
 * label (a one-sentence summary); the figure's data table beside it is the full text alternative.
 */
export function EChart({
  option,
  height,
  label,
  onItemClick,
}: {
  option: EChartsCoreOption;
  height: number;
  label: string;
  /** A click on a data item (a bar, a node), with that item's data. */
  onItemClick?: (data: unknown) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const scheme = useComputedColorScheme('light');

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, scheme === 'dark' ? 'dark' : undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [scheme]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onItemClick) return;
    const handler = (event: { dataType?: string; data?: unknown }) => {
      if (event.dataType !== 'edge') onItemClick(event.data);
    };
    instance.on('click', handler);
    return () => void instance.off('click', handler);
  }, [onItemClick, scheme]);

  useEffect(() => {
    chart.current?.setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...option }, true);
  }, [option, scheme]);

  // Charts lay themselves out left to right: in a right-to-left page their labels would be cut off.
  return <div ref={box} dir="ltr" role="img" aria-label={label} style={{ width: '100%', height }} />;
}
