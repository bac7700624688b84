export * from './common';
export * from './roles';
export * from './auth';
export * from './org';
export * from './calendar';
export * from './validators';
export * from './catalog';
export * from './publication';
