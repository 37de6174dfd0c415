import type { RegionDirectory } from '@baeum/model';
import { createContext, useContext } from 'react';
import { type Formats, useFormats } from '../format/useFormats.js';

export const RegionContext = createContext<RegionDirectory | undefined>(undefined);

/** The signed-in person's region (its directory) with dates, numbers and names formatted for it. */
export function useRegion(): Formats & { directory: RegionDirectory } {
  const directory = useContext(RegionContext);
  if (!directory) throw new Error('useRegion outside the layout');
  return { directory, ...useFormats(directory) };
}
