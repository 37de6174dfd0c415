export { type LocalServer, startLocalServer } from './startLocalServer.js';
