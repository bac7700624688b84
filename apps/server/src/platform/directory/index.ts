/**
 * The directory: regions (GB/T 2260), units, and which of them an actor's grants reach. Every module
 * reads them through these functions; org's use cases administer them. A module's tables may
 * reference `./tables` by foreign key.
 */
export {
  type Region,
  levelOfCode,
  regionByCode,
  regionNames,
  regionNameOf,
  regionsByCodes,
  regionAncestors,
  countRegions,
  regionNameSql,
} from './regions';
export {
  type Unit,
  unitById,
  unitsByIds,
  unitNames,
  unitsInRegion,
  unitsNamed,
  unitNameSql,
  countUnits,
} from './units';
export {
  unitScopeSql,
  unitIdScopeSql,
  regionCodesOf,
  regionCodesSql,
  placedGrantsOf,
  grantsWithinScopeSql,
} from './scope';
