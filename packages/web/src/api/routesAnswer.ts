import { lonLatSchema, routeLinePropertiesSchema, routeStopPropertiesSchema } from '@baeum/model';
import { z } from 'zod';

const lineFeature = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(lonLatSchema) }),
  properties: routeLinePropertiesSchema,
});

const stopFeature = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.literal('Point'), coordinates: lonLatSchema }),
  properties: routeStopPropertiesSchema,
});

/** `GET /plans/{planId}/routes` read into bus-days, each with its line and its stops in order. */
export const routesAnswerSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(z.union([lineFeature, stopFeature])) })
  .transform(({ features }) => {
    const lines = features.filter((f): f is z.infer<typeof lineFeature> => f.properties.kind === 'route');
    const stops = features.filter((f): f is z.infer<typeof stopFeature> => f.properties.kind === 'stop');
    return lines
      .map((line) => ({
        ...line.properties,
        line: line.geometry.coordinates,
        stops: stops
          .filter((s) => s.properties.busId === line.properties.busId && s.properties.date === line.properties.date)
          .sort((a, b) => a.properties.order - b.properties.order)
          .map((s) => ({ ...s.properties, location: s.geometry.coordinates })),
      }))
      .sort((a, b) => a.busId.localeCompare(b.busId) || a.date.localeCompare(b.date));
  });

export type BusDay = z.output<typeof routesAnswerSchema>[number];
