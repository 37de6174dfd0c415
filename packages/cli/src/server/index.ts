export { startLocalServer, LOCAL_MAX_BODY_BYTES, type LocalServer, type LocalServerOptions } from './startLocalServer';
export { signDevToken, verifyDevToken, loadDevSecret, jwtClaimsOf, devClaimsSchema, type DevClaims } from './devToken';
