import type { SolomonInstance } from './solomonFile.js';
import type { RoutingProblem } from './types.js';

/**
 * The Solomon convention as a routing problem: location i is node i (0 the depot), Euclidean
 * distances unrounded, travel time equal to distance, every vehicle leaves the depot at its
 * ready time and must be back by its due date. `vehicles` overrides the fleet size (the fixed
 * fleet view at the best-known vehicle count).
 */
export function solomonToProblem(instance: SolomonInstance, vehicles = instance.vehicles): RoutingProblem {
  const { nodes } = instance;
  const distance = nodes.map((a) => nodes.map((b) => Math.hypot(a.x - b.x, a.y - b.y)));
  const depot = nodes[0];
  return {
    vehicles: Array.from({ length: vehicles }, () => ({
      startLocation: 0,
      endLocation: 0,
      capacity: instance.capacity,
      shiftStart: depot.ready,
      shiftEnd: depot.due,
    })),
    jobs: nodes.slice(1).map((node) => ({
      id: String(node.customer),
      location: node.customer,
      ready: node.ready,
      due: node.due,
      service: node.service,
      demand: node.demand,
    })),
    distance,
  };
}
