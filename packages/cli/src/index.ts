export { main } from './main';
export { buildProgram } from './program';
