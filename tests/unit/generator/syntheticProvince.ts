/**
 * A made-up three-area province in Gangwon-do (census prefix 32): one urban dong, one eup
 * town and one myeon township as ~4 km squares, with the properties of data/SOURCES.md.
 */
export function syntheticProvince(): unknown {
  const square = (lon: number, lat: number, size = 0.04) => ({
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + size, lat],
        [lon + size, lat + size],
        [lon, lat + size],
        [lon, lat],
      ],
    ],
  });
  const area = (code: string, name: string, kind: string, sigungu: string, geometry: unknown) => ({
    type: 'Feature',
    properties: {
      code,
      name,
      name_eng: name,
      kind,
      sigungu_code: sigungu,
      sigungu_name_eng: 'Testgun',
      province: '강원도',
      province_eng: 'Gangwon-do',
    },
    geometry,
  });
  return {
    type: 'FeatureCollection',
    features: [
      area('3201051', 'Hanul-dong', 'dong', '32010', square(127.7, 37.85)),
      area('3201025', 'Saemal-eup', 'eup', '32010', square(127.74, 37.85)),
      area('3201031', 'Sandeul-myeon', 'myeon', '32010', square(127.78, 37.85, 0.08)),
    ],
  };
}
