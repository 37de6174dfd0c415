import { z } from 'zod';
import {
  courseLevelSchema,
  hhmmSchema,
  idSchema,
  isoWeekSchema,
  lonLatSchema,
  minutesOfDay,
  slotKindSchema,
  weekdaySchema,
} from './primitives.js';
import { isKnownTimeZone } from './week.js';

const nonNegativeKm = z.number().nonnegative();
const countSchema = z.number().int().nonnegative();
const positiveCount = z.number().int().positive();

/** Policy knobs of docs/contract.md; every field optional with the documented default. */
export const policySchema = z.object({
  learnerMaxKm: z.number().positive().default(8).describe('a learner reaches a venue within this great-circle km'),
  detourFactor: z.number().min(1).default(1.3).describe('road km = great-circle km x detourFactor'),
  busKmh: z.number().positive().default(40),
  instructorKmh: z.number().positive().default(35),
  minLearnersDefault: positiveCount.default(5).describe('a session opens only with at least this many learners'),
});

export const regionSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  timezone: z.string().refine(isKnownTimeZone, { message: 'unknown IANA time zone' }).default('Asia/Seoul'),
});

export const slotSchema = z
  .object({ id: idSchema, day: weekdaySchema, start: hhmmSchema, end: hhmmSchema, kind: slotKindSchema })
  .refine((slot) => minutesOfDay(slot.end) > minutesOfDay(slot.start), {
    message: 'end must be after start',
    path: ['end'],
  });

export const courseSchema = z
  .object({
    id: idSchema,
    name: z.string().optional(),
    level: courseLevelSchema,
    minLearners: positiveCount.optional().describe('defaults to policy.minLearnersDefault'),
    maxLearners: positiveCount,
    durationMin: positiveCount,
    needs: z.array(z.string().min(1)).default([]).describe('equipment a room or bus must have'),
  })
  .refine((course) => course.minLearners === undefined || course.minLearners <= course.maxLearners, {
    message: 'minLearners must not exceed maxLearners',
    path: ['minLearners'],
  });

export const areaSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  nameEng: z.string().optional(),
  kind: z.string().optional().describe('dong | eup | myeon | si | gun | gu'),
  centroid: lonLatSchema,
  population: countSchema,
  populationModelled: z.boolean().optional().describe('true when the population is modelled, not measured'),
  seniorShare: z.number().min(0).max(1),
  rural: z.boolean(),
  landAreaKm2: z.number().nonnegative().optional(),
});

export const roomSchema = z.object({
  id: idSchema,
  capacity: positiveCount,
  equipment: z.array(z.string().min(1)).default([]),
  accessible: z.boolean().default(false),
  unavailable: z
    .array(idSchema)
    .optional()
    .describe('slot ids in which the room holds nothing although its center is open (a room closed that day)'),
});

export const centerSchema = z.object({
  id: idSchema,
  name: z.string().optional(),
  areaId: idSchema,
  location: lonLatSchema,
  open: z.array(idSchema).describe('slot ids when the center is open'),
  rooms: z.array(roomSchema).min(1),
});

export const instructorSchema = z.object({
  id: idSchema,
  name: z.string().optional(),
  home: lonLatSchema,
  skills: z.array(idSchema).describe('course ids the instructor can teach'),
  languages: z.array(z.string().min(2)).default(['ko']),
  available: z.array(idSchema).describe('slot ids'),
  maxSessions: countSchema,
  maxTravelKm: nonNegativeKm,
  canStaffBus: z.boolean().default(false),
});

export const busSchema = z
  .object({
    id: idSchema,
    depot: lonLatSchema,
    seats: positiveCount,
    equipment: z.array(z.string().min(1)).default([]),
    accessible: z.boolean().default(false),
    days: z.array(weekdaySchema),
    dayStart: hhmmSchema,
    dayEnd: hhmmSchema,
    maxKmPerDay: z.number().positive(),
  })
  .refine((bus) => minutesOfDay(bus.dayEnd) > minutesOfDay(bus.dayStart), {
    message: 'dayEnd must be after dayStart',
    path: ['dayEnd'],
  });

export const stopSchema = z.object({
  id: idSchema,
  name: z.string().optional(),
  areaId: idSchema,
  location: lonLatSchema,
});

export const demandSchema = z.object({
  id: idSchema,
  areaId: idSchema,
  location: lonLatSchema.optional().describe('defaults to the area centroid'),
  courseId: idSchema,
  learners: positiveCount,
  slots: z.array(idSchema).min(1).describe('acceptable slot ids'),
  language: z.string().min(2).default('ko'),
  accessible: z.boolean().default(false),
  priority: z
    .number()
    .positive()
    .optional()
    .describe(
      'learner value; the API worker fills in the area under-served score, the engine reads a missing one as 1',
    ),
});

/** The scenario of docs/contract.md v1: one region, one ISO week. Cross-references are checked by `parseScenario`. */
export const scenarioSchema = z.object({
  version: z.literal(1),
  region: regionSchema,
  week: isoWeekSchema,
  policy: policySchema.prefault({}),
  slots: z.array(slotSchema).min(1),
  courses: z.array(courseSchema).min(1),
  areas: z.array(areaSchema),
  centers: z.array(centerSchema).default([]),
  instructors: z.array(instructorSchema).default([]),
  buses: z.array(busSchema).default([]),
  stops: z.array(stopSchema).default([]),
  demand: z.array(demandSchema).default([]),
});

export type Policy = z.infer<typeof policySchema>;
export type Region = z.infer<typeof regionSchema>;
export type Slot = z.infer<typeof slotSchema>;
export type Course = z.infer<typeof courseSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Room = z.infer<typeof roomSchema>;
export type Center = z.infer<typeof centerSchema>;
export type Instructor = z.infer<typeof instructorSchema>;
export type Bus = z.infer<typeof busSchema>;
export type Stop = z.infer<typeof stopSchema>;
export type Demand = z.infer<typeof demandSchema>;
/** A parsed scenario: defaults filled in. */
export type Scenario = z.infer<typeof scenarioSchema>;
/** A scenario as written in JSON: optional fields may be absent. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
