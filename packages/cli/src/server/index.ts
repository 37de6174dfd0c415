export {
  startLocalServer,
  LOCAL_MAX_BODY_BYTES,
  type LocalServer,
  type LocalServerOptions,
} from './startLocalServer.js';
export {
  signDevToken,
  verifyDevToken,
  loadDevSecret,
  jwtClaimsOf,
  devClaimsSchema,
  type DevClaims,
} from './devToken.js';
