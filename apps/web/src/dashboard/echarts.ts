import { BarChart, GraphChart, LineChart, MapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

// Only the parts the dashboard draws: keeps the chart library a fraction of its full size.
echarts.use([
  BarChart,
  GraphChart,
  LineChart,
  MapChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

type Ring = [number, number][];

/** A ring drawn across the antimeridian (Fiji, Russia) would streak across a flat map: keep it on one side. */
function unwrap(ring: Ring): Ring {
  const crosses = ring.some(([lon]) => lon > 170) && ring.some(([lon]) => lon < -170);
  return crosses ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
}

/**
 * The world at 1:110m (Natural Earth via world-atlas) without Antarctica, each country named by its ISO 3166
 * numeric code (= its M49 code) so the figures can colour it.
 */
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries);
const features = countries.features
  .filter((f) => f.id !== undefined && f.id !== '010')
  .map((f) => {
    const g = f.geometry;
    const geometry =
      g.type === 'Polygon'
        ? { ...g, coordinates: g.coordinates.map((ring) => unwrap(ring as Ring)) }
        : g.type === 'MultiPolygon'
          ? { ...g, coordinates: g.coordinates.map((polygon) => polygon.map((ring) => unwrap(ring as Ring))) }
          : g;
    return { ...f, geometry, properties: { ...f.properties, code: String(f.id) } };
  });
echarts.registerMap('world', { type: 'FeatureCollection', features } as never);

export { echarts };
