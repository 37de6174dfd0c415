export {};
export * from './routing/index';
